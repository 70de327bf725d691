package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incremental update (issue 9 point 5) leaves exactly the rows a whole-unit evaluation gives: after every
 * confirmation of a series (first scoring, one member at a time in the 支部 and its 党小组, several periods, a total
 * cap, ties, a reversal, a claim approved in two steps), the stored rows of the unit equal {@link UnitScores#evaluate}'s
 * rows field by field (only the time of computing aside), on S8 (quarterly, ranks per quarter) and S10 (yearly). Each
 * single confirmation is shown to take the incremental path: the rows of a member not confirmed keep their time.
 */
class IncrementalEqualsFullTest extends IntegrationTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    UnitScores unitScores;
    @Autowired
    ScoreStore store;
    @Autowired
    ScoreTestLedger review;

    @Test
    void s8SeriesOfConfirmationsKeepsTheRowsOfAFullEvaluation() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<Member> ms = members(b, "ORDINARY", "增量");
        // first scoring of the unit: the whole unit (nothing stored yet)
        record(b, ms, "CONTRIB-DEED", 5, LocalDate.of(2026, 1, 15));
        assertSameAsFull(b, ms);
        int[][] series = {{0, 12, 2}, {3, 40, 2}, {1, 12, 5}, {4, 50, 8}, {4, 50, 8}, {2, 7, 11}, {5, 30, 1}};
        for (int[] s : series) {
            Member m = ms.get(s[0]);
            Member untouched = ms.get((s[0] + 1) % ms.size());
            Instant before = computedAt(untouched);
            record(b, List.of(m), "CONTRIB-DEED", s[1], LocalDate.of(2026, s[2], 20));
            assertSameAsFull(b, ms);
            assertThat(computedAt(untouched)).as("member %s not re-evaluated", untouched.getName()).isEqualTo(before);
        }
        Entry deduction = record(b, List.of(ms.get(3)), "VIOLATION-DEED", 20, LocalDate.of(2026, 2, 3)).getFirst();
        assertSameAsFull(b, ms);
        review.reverse(deduction.getId(), "录入有误", b.secretary().username());
        assertSameAsFull(b, ms);
    }

    @Test
    void s10SeriesOfConfirmationsKeepsTheRowsOfAFullEvaluation() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        List<Member> ms = members(b, "S10-ALL", "增十");
        record(b, ms, "STUDY-MEETING", null, LocalDate.of(2026, 1, 10));
        assertSameAsFull(b, ms);
        for (int i = 0; i < 8; i++) {
            Member m = ms.get(i * 5 % ms.size());
            Member untouched = ms.get((i * 5 + 1) % ms.size());
            Instant before = computedAt(untouched);
            record(b, List.of(m), "STUDY-MEETING", null, LocalDate.of(2026, 1 + i, 12));
            assertSameAsFull(b, ms);
            assertThat(computedAt(untouched)).isEqualTo(before);
        }
        Member claimant = ms.get(2);
        Entry claim = ledger.record(fixture.userOf(b, claimant), EntrySource.SELF_CLAIM, List.of(new EntryDraft(
                claimant.getId(), "ACHIEVE-TASK", null, new BigDecimal("18"), 1, LocalDate.of(2026, 6, 30),
                "完成管线巡检任务", null))).entries().getFirst();
        review.approve(claim.getId(), "DEPT-HEAD", "dept.head.wang");
        review.approveLast(claim.getId(), "COMMITTEE", "committee.li");
        assertSameAsFull(b, ms);
        assertThat(store.ofMember(claimant.getId())).filteredOn(r -> r.level() == ScoreRow.Level.YEAR)
                .singleElement().satisfies(r -> assertThat(r.unitRank()).isEqualTo(1));
    }

    /** Six members, three in the 支部 and three in its 党小组: one rank unit. */
    private List<Member> members(Branch b, String classCode, String name) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(fixture.member(b, i % 2 == 0 ? b.branch() : b.group(), name + i, classCode));
        }
        return out;
    }

    private List<Entry> record(Branch b, List<Member> ms, String item, Integer value, LocalDate day) {
        List<EntryDraft> drafts = ms.stream().map(m -> new EntryDraft(m.getId(), item, null,
                value == null ? null : BigDecimal.valueOf(value), 1, day, "增量核对", null)).toList();
        return ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
    }

    private void assertSameAsFull(Branch b, List<Member> ms) {
        UnitEvaluation full = unitScores.evaluate(b.branch(), LocalDate.of(2026, 6, 1)).orElseThrow();
        Map<String, String> expected = keyed(UnitScores.rows(full, Instant.EPOCH));
        Map<String, String> stored = keyed(ms.stream().flatMap(m -> store.ofMember(m.getId()).stream()).toList());
        assertThat(expected).isNotEmpty();
        assertThat(stored).isEqualTo(expected);
    }

    private Instant computedAt(Member m) {
        return store.ofMember(m.getId()).stream().map(ScoreRow::computedAt).max(Instant::compareTo).orElseThrow();
    }

    /** Every field but the time of computing, numbers compared by value. */
    static Map<String, String> keyed(List<ScoreRow> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.memberId() + "/" + r.level() + "/" + r.periodStart(),
                r -> String.join("|", r.periodEnd().toString(), "" + r.organizationId(), r.orgPath(),
                        "" + r.rankUnitId(), "" + r.schemeVersionId(), n(r.base()), n(r.points()), n(r.total()),
                        n(r.rawTotal()), n(r.reward()), r.tierId(), r.tierName(), "" + r.unitRank(),
                        "" + r.unitSize(), "" + r.veto(), new TreeMap<>(r.subtotals().entrySet()
                                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> n(e.getValue()))))
                                .toString()),
                (x, y) -> x + " DUPLICATE " + y, TreeMap::new));
    }

    private static String n(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }
}
