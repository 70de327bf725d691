package io.jifen.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.ReviewService;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.score.recompute.LedgerRows;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's monthly sums ({@code ledger_month_sum}, kept by triggers) are the sums of the confirmed entries,
 * whichever way an entry became confirmed: recorded so, approved by its last review step, or a reversal. Pending,
 * rejected and withdrawn entries count nowhere, and another tenant's entries stay in their own members' rows.
 */
class LedgerMonthSumTest extends IntegrationTest {

    /** What the sums must be, straight from the entries (the changelog's fill statement). */
    private static final String FROM_ENTRIES = "select member_id, item_id, coalesce(option_code, ''), entry_month, "
            + "sum(sign(occurrences)), sum(occurrences), coalesce(sum(points_cents), 0), "
            + "min(coalesce(value_cents, -10000000)), max(value_cents), min(id), max(id) from ledger_entry "
            + "where status = 'CONFIRMED' and member_id in (:ids) "
            + "group by member_id, item_id, coalesce(option_code, ''), entry_month "
            + "order by member_id, item_id, 3, entry_month";
    private static final String SUMS = "select member_id, item_id, option_code, entry_month, entries, occurrences, "
            + "points_cents, min_value_cents, max_value_cents, min_id, max_id from ledger_month_sum "
            + "where member_id in (:ids) order by member_id, item_id, option_code, entry_month";

    @Autowired
    ReviewSupport s10;
    @Autowired
    ReviewService reviews;
    @Autowired
    EvidenceService evidence;
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSumsFollowEveryWayAnEntryBecomesConfirmed() {
        Branch b = s10.s10("QS");
        Branch other = s10.s10("HN");
        Member m = s10.member(b, "月甲");
        Member n = s10.member(b, "月乙");
        Member foreign = s10.member(other, "月丙");
        JifenUser head = s10.holding(b, b.branch(), "月部长", "DEPARTMENT_HEAD");
        LedgerRows rows = new LedgerRows(jdbc, b);

        // recorded confirmed: values, no value, an option, counts above one, two months
        long first = rows.confirmed(m, "REWARD-OTHER", null, "3.25", 2, LocalDate.of(2026, 4, 3));
        rows.confirmed(m, "REWARD-OTHER", null, "7", 1, LocalDate.of(2026, 4, 28));
        rows.confirmed(m, "REWARD-OTHER", null, "1.5", 1, LocalDate.of(2026, 5, 2));
        rows.confirmed(m, "STUDY-MEETING", null, null, 3, LocalDate.of(2026, 4, 9));
        rows.confirmed(n, "EVAL-DEMOCRATIC", "EXCELLENT", "24", 1, LocalDate.of(2026, 4, 1));
        new LedgerRows(jdbc, other).confirmed(foreign, "REWARD-OTHER", null, "9", 1, LocalDate.of(2026, 4, 3));
        // a reversal through the service: its group loses the entry's occurrences and points
        long reversal = corrections.reverse(b.secretary(), first, "重复记分").getId();
        // a claim approved by both review steps (the update trigger), one rejected, one withdrawn, one pending
        Entry approved = s10.claim(s10.userOf(b, m), m);
        evidence.attachFile(s10.userOf(b, m), approved.getId(), "巡检.jpg", "image/jpeg", ReviewSupport.JPEG);
        reviews.approve(head, approved.getId(), s10.version(approved.getId()));
        reviews.approve(b.secretary(), approved.getId(), s10.version(approved.getId()));
        Entry rejected = s10.claim(s10.userOf(b, n), n);
        evidence.attachFile(s10.userOf(b, n), rejected.getId(), "巡检.jpg", "image/jpeg", ReviewSupport.JPEG);
        reviews.reject(head, rejected.getId(), s10.version(rejected.getId()), "与台账不符");
        corrections.withdraw(s10.userOf(b, n), s10.claim(s10.userOf(b, n), n).getId());
        s10.claim(s10.userOf(b, n), n);

        List<Long> ids = List.of(m.getId(), n.getId(), foreign.getId());
        List<List<Object>> sums = rows(SUMS, ids);
        assertThat(sums).isEqualTo(rows(FROM_ENTRIES, ids));
        int april = 2026 * 12 + 3;
        assertThat(sums).containsExactly(
                Arrays.asList(m.getId(), "ACHIEVE-TASK", "", april + 1, 1L, 1L, 1500L, 1500L, 1500L,
                        approved.getId(), approved.getId()),
                // 3.25 × 2 reversed, 7 left; the smallest and largest value and id over the entries and the reversal
                Arrays.asList(m.getId(), "REWARD-OTHER", "", april, 1L, 1L, 700L, 325L, 700L,
                        Math.min(first, reversal), last(m, "REWARD-OTHER", april)),
                Arrays.asList(m.getId(), "REWARD-OTHER", "", april + 1, 1L, 1L, 150L, 150L, 150L,
                        last(m, "REWARD-OTHER", april + 1), last(m, "REWARD-OTHER", april + 1)),
                Arrays.asList(m.getId(), "STUDY-MEETING", "", april, 1L, 3L, 0L, -10_000_000L, null,
                        last(m, "STUDY-MEETING", april), last(m, "STUDY-MEETING", april)),
                Arrays.asList(n.getId(), "EVAL-DEMOCRATIC", "EXCELLENT", april, 1L, 1L, 2400L, 2400L, 2400L,
                        last(n, "EVAL-DEMOCRATIC", april), last(n, "EVAL-DEMOCRATIC", april)),
                Arrays.asList(foreign.getId(), "REWARD-OTHER", "", april, 1L, 1L, 900L, 900L, 900L,
                        last(foreign, "REWARD-OTHER", april), last(foreign, "REWARD-OTHER", april)));
    }

    private List<List<Object>> rows(String sql, List<Long> ids) {
        return jdbc.sql(sql).param("ids", ids).query((rs, i) -> {
            List<Object> row = new java.util.ArrayList<>();
            for (int c = 1; c <= 11; c++) {
                Object v = rs.getObject(c);
                row.add(v instanceof Number x && c != 4 && !(v instanceof Long) ? Long.valueOf(x.longValue()) : v);
            }
            return row;
        }).list();
    }

    /** The newest entry of the member's item in the month. */
    private long last(Member m, String item, int month) {
        return jdbc.sql("select max(id) from ledger_entry where member_id = ? and item_id = ? and entry_month = ?")
                .params(m.getId(), item, month).query(Long.class).single();
    }
}
