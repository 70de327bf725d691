package io.jifen.score.recompute;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's facts of some members over a range, read from {@code ledger_entry}: confirmed entries whose reversal
 * is not recorded (not among the batch's reversals; the reversal rows themselves carry no points).
 *
 * <p>{@link #aggregated} lets MariaDB sum the counts per member × item × option × value × assessed period ×
 * inside-membership, one {@link Fact} per group (count = the sum, date = the group's earliest date, id = its
 * smallest entry id): the engine's work and the heap grow with the groups, not the entries. Items where the order
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

    private final JdbcClient jdbc;

    LedgerFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fact> aggregated(SchemeVersion scheme, Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        PeriodRule rule = scheme.periodRule();
        // months since year 0 counted from the evaluation year's first month, divided into assessed units
        String bucket = "floor((year(e.entry_date) * 12 + month(e.entry_date) - " + rule.yearStartMonth() + ") / "
                + rule.assessedUnit().months() + ")";
        Set<String> exact = entryByEntry(scheme);
        String single = exact.isEmpty() ? "0" : "case when e.item_id in (:exact) then e.id else 0 end";
        // grouped by aliases: a literal 0 in GROUP BY would name a column position
        var spec = jdbc.sql("select e.member_id, e.item_id, e.option_code, e.value, " + bucket + " b, (" + INSIDE
                        + ") ins, " + single + " g, min(e.entry_date) d, min(e.id) i, sum(e.count) n " + FROM_WHERE
                        + " group by e.member_id, e.item_id, e.option_code, e.value, b, ins, g")
                .param("ids", memberIds).param("from", from).param("to", to);
        if (!exact.isEmpty()) {
            spec = spec.param("exact", exact);
        }
        return spec.query((rs, n) -> fact(rs, rs.getDate("d").toLocalDate(), rs.getLong("i"), rs.getInt("n")))
                .list();
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
