package io.jifen.score.recompute;

import static io.jifen.score.ScoreStore.AS_RANGES;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * The engine's facts of some members over a range, read from the ledger tables: confirmed entries whose reversal
 * is not recorded (the reversal rows themselves carry no points).
 *
 * <p>{@link #aggregated} lets MariaDB sum: per member × item × option (× month, for a range of several assessed
 * periods) it returns the occurrences, the sum of their values and the smallest and largest value
 * ({@link GroupSums}), reversed entries subtracted, from the ledger's monthly sums ({@code ledger_month_sum}):
 * a member's fifty entries of a quarter leave the server as a handful of rows. A group whose values all fit the
 * item's range reaches the engine as at most two facts that keep its occurrences and its sum exactly
 * ({@link GroupSums#facts}); the engine's caps need no more than that when the order of occurrences does not
 * matter. Where it does, or where the engine must see each entry — a count cap over values that vary, a value
 * missing or outside the item's range, a member who joined or left inside the range — the entries are read one by
 * one and summed only where the engine could not tell them apart. Either way the results equal those of
 * {@link #plain}, which reads every entry as a fact ({@code AggregatedEqualsPlainTest}).
 */
@Component
class LedgerFacts {

    /*
     * Entry by entry, the reversed entries are the batch's own reversals (a reversal is recorded CONFIRMED for the
     * member of the entry it cancels, Entry.reversalOf), read once into a materialized set each entry is checked
     * against.
     * entry_month repeats the date's range so that the covering index is read as a range, not scanned per member.
     */
    private static final String FROM_WHERE = "from ledger_entry e join member m on m.id = e.member_id "
            + "where e.member_id in (:ids) and e.status = 'CONFIRMED' and e.reverses_id is null "
            + "and e.entry_month between :m1 and :m2 and e.entry_date between :from and :to "
            + "and e.id not in (select x.reverses_id from ledger_entry x "
            + "where x.member_id in (:ids) and x.status = 'CONFIRMED' and x.reverses_id is not null)";

    // one meaning of membership days: the transfer-out date is not a member day
    private static final String INSIDE = "(m.transfer_in_date is null or e.entry_date >= m.transfer_in_date) "
            + "and (m.transfer_out_date is null or e.entry_date < m.transfer_out_date)";

    /*
     * The ledger's monthly sums (ledger_month_sum, kept by the database with every confirmed entry): a member's
     * quarter is a handful of rows there instead of fifty entries. A reversal lies in its entry's group (it repeats
     * the entry, date included: ledger/Entry.reversalOf) and counts negatively there, so a group's figures are those
     * of the entries whose reversal is not recorded. Read in key order: the grouping needs no temporary table. A
     * range inside one assessed period is summed per member × item × option (the month is the range's first), a
     * longer one per month, which the console adds up per period.
     */
    private static final String MONTH_SUMS = AS_RANGES + "select e.member_id, %s, e.item_id, "
            + "nullif(e.option_code, ''), sum(e.entries), sum(e.occurrences), sum(e.points_cents), "
            + "min(e.min_value_cents), max(e.max_value_cents), min(e.min_id), max(e.max_id) from ledger_month_sum e "
            + "where %s and e.entry_month between :m1 and :m2%s "
            + "group by e.member_id, e.item_id, e.option_code%s";

    private static final int STREAM_CHUNK = 1_000;

    private final JdbcClient jdbc;

    LedgerFacts(DataSource dataSource) {
        // rows stream in chunks instead of the whole batch's result set being held in memory first
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(STREAM_CHUNK);
        this.jdbc = JdbcClient.create(streaming);
    }

    List<Fact> aggregated(SchemeVersion scheme, Collection<ScoredMember> members, LocalDate from, LocalDate to) {
        if (members.isEmpty()) {
            return List.of();
        }
        Set<String> exact = entryByEntry(scheme);
        List<Long> whole = new ArrayList<>();
        Set<Long> oneByOne = new HashSet<>();
        for (ScoredMember m : members) {
            // a member on the roster for the whole range has every entry inside the membership
            (m.isMemberOn(from) && m.isMemberOn(to) ? whole : oneByOne).add(Long.valueOf(m.id()));
        }
        List<Fact> out = new ArrayList<>();
        Map<GroupSums.Key, GroupSums> groups = summed(scheme.periodRule(), whole, exact, from, to);
        Map<String, Item> items = scheme.items().stream().collect(Collectors.toMap(Item::id, i -> i));
        Map<Long, List<Fact>> byMember = new HashMap<>();
        for (GroupSums g : groups.values()) {
            List<Fact> fs = g.facts(items.get(g.key().itemId()));
            if (fs.isEmpty()) {
                oneByOne.add(g.key().memberId());
            } else {
                byMember.computeIfAbsent(g.key().memberId(), k -> new ArrayList<>()).addAll(fs);
            }
        }
        byMember.forEach((id, fs) -> {
            if (!oneByOne.contains(id)) {
                out.addAll(fs);
            }
        });
        List<Long> exactOnly = whole.stream().filter(id -> !oneByOne.contains(id)).toList();
        out.addAll(entries(scheme, oneByOne, null, from, to));
        out.addAll(entries(scheme, exactOnly, exact, from, to));
        return out;
    }

    /**
     * The whole-range members' groups of the items read as sums. Members with nearby ids (a roster imported unit by
     * unit) are one range of the index rather than one probe per member: about a third less time per batch; rows of
     * other members inside the range are skipped here.
     */
    private Map<GroupSums.Key, GroupSums> summed(PeriodRule rule, List<Long> ids, Set<String> exact,
            LocalDate from, LocalDate to) {
        Map<GroupSums.Key, GroupSums> groups = new HashMap<>();
        if (ids.isEmpty()) {
            return groups;
        }
        long lo = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long hi = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        boolean dense = dense(lo, hi, ids.size());
        String members = dense ? "e.member_id between :lo and :hi" : "e.member_id in (:ids)";
        String notExact = exact.isEmpty() ? "" : " and e.item_id not in (:exact)";
        Set<Long> wanted = dense ? new HashSet<>(ids) : null;
        LocalDate firstMonth = from.withDayOfMonth(1);
        // a range is whole assessed periods (scoring/model/Period refuses others), so whole months
        if (from.getDayOfMonth() != 1 || !to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            throw new IllegalArgumentException(from + ".." + to + " is not whole months");
        }
        boolean onePeriod = period(rule, month(from)) == period(rule, month(to));
        String sql = MONTH_SUMS.formatted(onePeriod ? ":m1" : "e.entry_month", members, notExact,
                onePeriod ? "" : ", e.entry_month");
        range(jdbc.sql(sql), ids, exact, from, to).param("lo", lo)
                .param("hi", hi)
                .query((RowCallbackHandler) rs -> {
                    long member = rs.getLong(1);
                    if (wanted != null && !wanted.contains(member)) {
                        return;
                    }
                    int month = rs.getInt(2);
                    // any day of the period is the same to the engine for a member of the whole range
                    LocalDate day = firstMonth.plusMonths(month - month(firstMonth));
                    long max = rs.getLong(9);
                    Long maxCents = rs.wasNull() ? null : max; // no entry of the group has a value
                    GroupSums g = new GroupSums(key(rule, rs), rs.getInt(5), rs.getInt(6), rs.getLong(7),
                            rs.getLong(8), maxCents, day.isBefore(from) ? from : day, rs.getLong(10),
                            rs.getLong(11));
                    groups.merge(g.key(), g, GroupSums::plus);
                });
        groups.values().removeIf(GroupSums::isEmpty);
        return groups;
    }

    /** Ids that fill at least half of their span: one range read costs less than a probe per id. */
    static boolean dense(Collection<Long> ids) {
        return dense(ids.stream().mapToLong(Long::longValue).min().orElseThrow(),
                ids.stream().mapToLong(Long::longValue).max().orElseThrow(), ids.size());
    }

    private static boolean dense(long lo, long hi, int n) {
        return hi - lo < 2L * n;
    }

    private static JdbcClient.StatementSpec range(JdbcClient.StatementSpec sql, Collection<Long> ids,
            Set<String> items, LocalDate from, LocalDate to) {
        sql = sql.param("ids", ids).param("from", from).param("to", to).param("m1", month(from))
                .param("m2", month(to));
        return items == null || items.isEmpty() ? sql : sql.param("exact", items);
    }

    /** {@code ledger_entry.entry_month}: months since year 0. */
    static int month(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** Member, assessed period, item and option. */
    private static GroupSums.Key key(PeriodRule rule, ResultSet rs) throws SQLException {
        return new GroupSums.Key(rs.getLong(1), period(rule, rs.getInt(2)), rs.getString(3), rs.getString(4));
    }

    /** The assessed period of a {@link #month}: assessed units counted from the evaluation year's first month. */
    private static int period(PeriodRule rule, int month) {
        return Math.floorDiv(month + 1 - rule.yearStartMonth(), rule.assessedUnit().months());
    }

    /**
     * Entries one by one, for {@code ids} and, when {@code items} is not null, only those items; summed where the
     * engine cannot tell them apart: occurrences of one item, option and value in one assessed period, on the same
     * side of the membership dates, unless the item is read entry by entry.
     */
    private List<Fact> entries(SchemeVersion scheme, Collection<Long> ids, Set<String> items, LocalDate from,
            LocalDate to) {
        if (ids.isEmpty() || items != null && items.isEmpty()) {
            return List.of();
        }
        PeriodRule rule = scheme.periodRule();
        Set<String> exact = entryByEntry(scheme);
        Map<Row, Sum> sums = new HashMap<>();
        String onlyItems = items == null ? "" : " and e.item_id in (:exact)";
        range(jdbc.sql(AS_RANGES + "select e.member_id, e.item_id, e.option_code, e.value, e.entry_date, e.id, "
                        + "e.count, (" + INSIDE + ") ins " + FROM_WHERE + onlyItems), ids, items, from, to)
                .query((RowCallbackHandler) rs -> {
                    LocalDate date = rs.getObject(5, LocalDate.class); // no java.sql.Date and its calendar per row
                    long id = rs.getLong(6);
                    String item = rs.getString(2);
                    int bucket = period(rule, month(date));
                    Row g = new Row(rs.getLong(1), item, rs.getString(3), rs.getBigDecimal(4), bucket,
                            rs.getBoolean(8), exact.contains(item) ? id : 0);
                    sums.computeIfAbsent(g, k -> new Sum(date, id)).add(date, id, rs.getInt(7));
                });
        List<Fact> out = new ArrayList<>(sums.size());
        sums.forEach((g, sum) -> out.add(new Fact(String.valueOf(sum.firstId), String.valueOf(g.memberId()),
                g.itemId(), sum.firstDate, g.option(), g.value(), sum.count, FactStatus.CONFIRMED)));
        return out;
    }

    /**
     * What the engine cannot tell apart when it sees values: a member's occurrences of one item, option and value in
     * one assessed period, on the same side of the membership dates ({@code single}: the entry's own id for an item
     * read entry by entry).
     */
    private record Row(long memberId, String itemId, String option, java.math.BigDecimal value, int bucket,
            boolean inside, long single) {
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
        return range(jdbc.sql("select e.member_id, e.item_id, e.option_code, e.value, e.entry_date, e.id, e.count "
                        + FROM_WHERE), memberIds, null, from, to)
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
}
