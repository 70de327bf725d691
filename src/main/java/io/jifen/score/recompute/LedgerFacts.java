package io.jifen.score.recompute;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's facts of some members over a range, read from {@code ledger_entry}: confirmed entries whose reversal
 * is not recorded (not among the batch's reversals; the reversal rows themselves carry no points).
 *
 * <p>{@link #aggregated} sums the counts per member × item × option × value × assessed period × inside-membership
 * as the rows stream in, one {@link Fact} per group (count = the sum, date = the group's earliest date, id = its
 * smallest entry id): the engine's work and the heap grow with the groups of one batch, not the entries. The sums
 * are made here rather than by a {@code GROUP BY}: the batch's rows come from one covering index in about a third
 * of the time MariaDB then spends grouping them by seven keys (docs/performance.md, round 6), and the batches run
 * on two threads while a statement runs on one. Items where the order
 * of occurrences changes the result — a count cap (per period or per window) on occurrences of different values —
 * are read entry by entry, so the result is exactly the one of {@link #plain}, which reads every entry as a fact.
 */
@Component
class LedgerFacts {

    /*
     * The reversed entries are the batch's own reversals (a reversal is recorded CONFIRMED for the member of the entry
     * it cancels, Entry.reversalOf), read once per batch from ix_ledger_entry_facts into a materialized set that each
     * entry is checked against: a per-entry probe of the unique reverses_id index over the whole table cost a random
     * B-tree lookup per row, the largest part of the read's excess over the floor.
     */
    private static final String FROM_WHERE = "from ledger_entry e join member m on m.id = e.member_id "
            + "where e.member_id in (:ids) and e.entry_date between :from and :to and e.status = 'CONFIRMED' "
            + "and e.reverses_id is null and e.id not in (select x.reverses_id from ledger_entry x "
            + "where x.member_id in (:ids) and x.status = 'CONFIRMED' and x.reverses_id is not null)";

    // one meaning of membership days: the transfer-out date is not a member day
    private static final String INSIDE = "(m.transfer_in_date is null or e.entry_date >= m.transfer_in_date) "
            + "and (m.transfer_out_date is null or e.entry_date < m.transfer_out_date)";

    private static final int STREAM_CHUNK = 1_000;

    private final JdbcClient jdbc;

    LedgerFacts(DataSource dataSource) {
        // rows stream in chunks instead of the whole batch's result set being held in memory first
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(STREAM_CHUNK);
        this.jdbc = JdbcClient.create(streaming);
    }

    List<Fact> aggregated(SchemeVersion scheme, Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        PeriodRule rule = scheme.periodRule();
        Set<String> exact = entryByEntry(scheme);
        Map<Group, Sum> sums = new HashMap<>();
        jdbc.sql("select e.member_id, e.item_id, e.option_code, e.value, e.entry_date, e.id, e.count, (" + INSIDE
                        + ") ins " + FROM_WHERE)
                .param("ids", memberIds).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> {
                    LocalDate date = rs.getObject(5, LocalDate.class); // no java.sql.Date and its calendar per row
                    long id = rs.getLong(6);
                    String item = rs.getString(2);
                    // months since year 0 counted from the evaluation year's first month, divided into assessed units
                    int bucket = Math.floorDiv(date.getYear() * 12 + date.getMonthValue() - rule.yearStartMonth(),
                            rule.assessedUnit().months());
                    Group g = new Group(rs.getLong(1), item, rs.getString(3), rs.getBigDecimal(4), bucket,
                            rs.getBoolean(8), exact.contains(item) ? id : 0);
                    sums.computeIfAbsent(g, k -> new Sum(date, id)).add(date, id, rs.getInt(7));
                });
        List<Fact> out = new ArrayList<>(sums.size());
        sums.forEach((g, sum) -> out.add(new Fact(String.valueOf(sum.firstId), String.valueOf(g.memberId()),
                g.itemId(), sum.firstDate, g.option(), g.value(), sum.count, FactStatus.CONFIRMED)));
        return out;
    }

    /**
     * What the engine cannot tell apart: a member's occurrences of one item, option and value in one assessed period,
     * on the same side of the membership dates ({@code single}: the entry's own id for an item read entry by entry).
     */
    private record Group(long memberId, String itemId, String option, BigDecimal value, int bucket, boolean inside,
            long single) {
    }

    /** A group's sum of counts, its earliest date and its smallest entry id. */
    private static final class Sum {
        LocalDate firstDate;
        long firstId;
        int count;

        Sum(LocalDate date, long id) {
            firstDate = date;
            firstId = id;
        }

        void add(LocalDate date, long id, int n) {
            firstDate = date.isBefore(firstDate) ? date : firstDate;
            firstId = Math.min(firstId, id);
            count += n;
        }
    }

    /** Every entry as its own fact: the reference the aggregated reading must equal. */
    List<Fact> plain(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.member_id, e.item_id, e.option_code, e.value, e.entry_date, e.id, e.count "
                        + FROM_WHERE)
                .param("ids", memberIds).param("from", from).param("to", to)
                .query((rs, n) -> fact(rs, rs.getDate("entry_date").toLocalDate(), rs.getLong("id"),
                        rs.getInt("count")))
                .list();
    }

    /** Items whose occurrences must reach the engine one by one: a count cap over occurrences of varying value. */
    static Set<String> entryByEntry(SchemeVersion scheme) {
        return scheme.items().stream().filter(LedgerFacts::orderMatters).map(Item::id).collect(Collectors.toSet());
    }

    private static boolean orderMatters(Item item) {
        boolean countCap = item.cap().maxCount() != null
                || (item.windowCap() != null && item.windowCap().maxCount() != null);
        return countCap && !(item.value() instanceof ValueRule.Fixed);
    }

    private static Fact fact(ResultSet rs, LocalDate date, long id, int count) throws SQLException {
        return new Fact(String.valueOf(id), String.valueOf(rs.getLong("member_id")), rs.getString("item_id"), date,
                rs.getString("option_code"), rs.getBigDecimal("value"), count, FactStatus.CONFIRMED);
    }

    static List<Long> ids(List<RosterMember> members) {
        List<Long> ids = new ArrayList<>(members.size());
        members.forEach(m -> ids.add(m.id()));
        return ids;
    }
}
