package io.jifen.score.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.score.LedgerLine;
import io.jifen.score.LedgerLines;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreStore;
import io.jifen.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recompute's aggregated reading of the ledger (SQL sums per group, count-capped items of varying value entry by
 * entry) gives the same totals, tiers and ranks as every entry as its own fact, with the total cap and item count
 * caps hit, reversals, pending entries, a member transferred out in the middle of a period, and values outside the
 * item's range or missing.
 */
class AggregatedEqualsPlainTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    Recompute recompute;
    @Autowired
    LedgerFacts facts;
    @Autowired
    Roster roster;
    @Autowired
    ScoreStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void s8QuartersWithTheTotalCapReversalsAndATransferOut() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        LedgerRows rows = new LedgerRows(jdbc, b);
        Random random = new Random(8);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Member m = fixture.member(b, b.group(), "八号" + i, i % 2 == 0 ? "ORDINARY" : "CADRE");
            members.add(m);
            for (int k = 0; k < 30; k++) {
                LocalDate day = FROM.plusDays(random.nextInt(365));
                // few distinct values, so that groups hold several entries; 45-point deeds push totals over 100
                String value = String.valueOf(new int[] {5, 10, 45}[random.nextInt(3)]);
                long id = rows.confirmed(m, k % 4 == 0 ? "VIOLATION-DEED" : "CONTRIB-DEED", null, value,
                        1 + random.nextInt(3), day);
                if (k % 7 == 0) {
                    rows.reversal(m, id);
                }
            }
        }
        rows.pending(members.getFirst(), "CONTRIB-DEED", "50", FROM.plusDays(40));
        rows.transferOut(members.get(3), LocalDate.of(2026, 8, 15));
        assertThat(LedgerFacts.dense(members.stream().map(Member::getId).toList())).isTrue();
        // values the engine ignores on their own: outside the item's 1–50, and none at all
        rows.confirmed(members.get(5), "CONTRIB-DEED", null, "60", 1, FROM.plusDays(50));
        rows.confirmed(members.get(6), "CONTRIB-DEED", null, null, 2, FROM.plusDays(51));

        assertSame(b, 4);
        // a quarter is one assessed period of S8: summed per member × item × option, its months together
        List<RankUnit> units = roster.units(b.branch().getId());
        for (int q = 0; q < 4; q++) {
            LocalDate from = FROM.plusMonths(3L * q);
            assertSameOver(units, from, from.plusMonths(3).minusDays(1));
        }
    }

    private void assertSameOver(List<RankUnit> units, LocalDate from, LocalDate to) {
        var plain = recompute.evaluate(units, from, to, false);
        assertThat(plain.rows()).isNotEmpty();
        assertThat(text(recompute.evaluate(units, from, to, true).rows())).as("%s..%s", from, to)
                .isEqualTo(text(plain.rows()));
    }

    @Test
    void s10YearWithItemCountCapsOnVaryingOptions() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Branch other = fixture.branch("HN", "s10-guandao-gongsi");
        LedgerRows rows = new LedgerRows(jdbc, b);
        Random random = new Random(10);
        for (int i = 0; i < 10; i++) {
            Member m = fixture.member(b, b.group(), "十号" + i, "S10-ALL");
            // another tenant's members in between: the branch's ids are sparse and read one probe per member
            fixture.member(other, other.group(), "他号" + i + "甲", "S10-ALL");
            fixture.member(other, other.group(), "他号" + i + "乙", "S10-ALL");
            for (int k = 0; k < 20; k++) {
                LocalDate day = FROM.plusDays(random.nextInt(365));
                rows.confirmed(m, "STUDY-MEETING", null, null, 1 + random.nextInt(2), day);
            }
            rows.confirmed(m, "LAW-KEPT", null, null, 1, LocalDate.of(2026, 3, 1));
            rows.confirmed(m, "LAW-KEPT", null, null, 2, LocalDate.of(2026, 6, 1)); // count cap 1: hit
            // 民主评议 counts twice a year at most; the earliest two decide, whatever their values
            rows.confirmed(m, "EVAL-DEMOCRATIC", "EXCELLENT", String.valueOf(23 + i % 3), 1, LocalDate.of(2026, 7, 1));
            rows.confirmed(m, "EVAL-DEMOCRATIC", "EXCELLENT", "25", 1, LocalDate.of(2026, 2, 1));
            long last = rows.confirmed(m, "EVAL-DEMOCRATIC", "EXCELLENT", "24", 1, LocalDate.of(2026, 4, 1));
            if (i % 2 == 0) {
                rows.reversal(m, last);
            }
            rows.confirmed(m, "REWARD-OTHER", null, String.valueOf(i), 1, LocalDate.of(2026, 5, 5));
        }
        assertThat(LedgerFacts.dense(membersOf(b).stream().map(RosterMember::id).toList())).isFalse();
        assertSame(b, 2);
    }

    /** Plain and aggregated rows are equal, aggregation really grouped, and the stored rows are those rows. */
    private void assertSame(Branch b, int minimumGrouping) {
        List<RankUnit> units = roster.units(b.branch().getId());
        assertThat(units).extracting(RankUnit::id).containsExactly(b.branch().getId());
        var plain = recompute.evaluate(units, FROM, TO, false);
        var aggregated = recompute.evaluate(units, FROM, TO, true);
        assertThat(plain.rows()).isNotEmpty();
        assertThat(text(aggregated.rows())).isEqualTo(text(plain.rows()));
        assertThat(plain.rows()).anyMatch(r -> r.unitRank() != null && r.unitRank() > 1);

        List<Long> ids = plain.memberIds();
        int entries = facts.plain(ids, FROM, TO).size();
        // the SQL's exclusion of reversed entries against the Java one of the incremental update and the statement
        assertThat(facts.plain(ids, FROM, TO).stream().map(f -> Long.valueOf(f.id())).sorted().toList())
                .isEqualTo(LedgerLines.counting(lines.confirmed(ids, FROM, TO)).stream().map(LedgerLine::id).sorted()
                        .toList());
        int groups = factsAggregated(b, ids);
        assertThat(entries).isGreaterThanOrEqualTo(groups + minimumGrouping);

        recompute.recomputeAll(b.branch().getId(), FROM, TO);
        List<ScoreRow> stored = new ArrayList<>();
        ids.forEach(id -> stored.addAll(store.ofMember(id)));
        assertThat(text(stored)).isEqualTo(text(plain.rows()));
    }

    @Autowired
    io.jifen.scheme.SchemesInForce schemes;
    @Autowired
    LedgerLines lines;

    private List<RosterMember> membersOf(Branch b) {
        RankUnit unit = roster.units(b.branch().getId()).getFirst();
        return roster.members(List.of(unit), FROM, TO).get(unit);
    }

    private int factsAggregated(Branch b, List<Long> ids) {
        var in = schemes.forUnit(b.branch().getPath(), FROM).orElseThrow();
        var members = membersOf(b).stream().map(RosterMember::scored).toList();
        return facts.aggregated(in.scheme(), members, FROM, TO).size();
    }

    /** Subtotals as numbers: the JSON column keeps the value, not the scale. */
    private static String plain(java.util.Map<String, java.math.BigDecimal> subtotals) {
        StringBuilder out = new StringBuilder();
        subtotals.forEach((k, v) -> out.append(k).append('=').append(v.stripTrailingZeros().toPlainString())
                .append(' '));
        return out.toString();
    }

    /** Everything a row says except when it was computed and the organization rank (a later SQL pass). */
    private static List<String> text(List<ScoreRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ScoreRow::memberId).thenComparing(ScoreRow::level)
                        .thenComparing(ScoreRow::periodStart))
                .map(r -> List.of(r.memberId(), r.level(), r.periodStart(), r.periodEnd(), r.rankUnitId(),
                        String.valueOf(r.base()), String.valueOf(r.points()), r.total(), r.rawTotal(), r.reward(),
                        String.valueOf(r.tierId()), String.valueOf(r.unitRank()), String.valueOf(r.unitSize()),
                        r.veto(), plain(r.subtotals())).toString())
                .toList();
    }
}
