package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.job.RecomputeService;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Large batches are rescored in the background (issue 9 point 6): an import confirming more than {@link
 * LedgerService#SCORED_AT_ONCE_UP_TO} entries is not rescored in the request but queues one recompute job for the
 * touched units' subtree and evaluation year, committed with the entries; the job runs, and afterwards the stored rows
 * of the unit equal {@link UnitScores#evaluate}'s. An import under the threshold still updates at once and queues
 * nothing. Real MariaDB; the same spy as {@code ScoreUpdatesCoalescingTest}, so both share one application context.
 */
class BackgroundRescoringTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreStore store;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    UnitScores unitScores;

    @Test
    void anImportOverTheThresholdIsRescoredByABackgroundJob() throws InterruptedException {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<Member> ms = members(b, 12);
        List<EntryDraft> drafts = drafts(ms, LedgerService.SCORED_AT_ONCE_UP_TO / ms.size() + 1);
        assertThat(drafts).hasSizeGreaterThan(LedgerService.SCORED_AT_ONCE_UP_TO);
        clearInvocations(unitScores);

        List<Entry> stored = ledger.record(b.secretary(), EntrySource.IMPORT, drafts).entries();

        assertThat(stored).hasSize(drafts.size()).allMatch(e -> e.getStatus() == EntryStatus.CONFIRMED);
        verify(unitScores, never()).score(any(), any());
        List<Map<String, Object>> jobs = jobsOf(b);
        assertThat(jobs).singleElement().satisfies(j -> {
            assertThat(j.get("started_by")).isEqualTo(RecomputeService.SYSTEM);
            assertThat(j.get("org_path")).isEqualTo(b.branch().getPath());
            assertThat(j.get("range_from").toString()).isEqualTo("2026-01-01");
            assertThat(j.get("range_to").toString()).isEqualTo("2026-12-31");
        });
        awaitDone(b);
        assertSameAsFull(b, ms);
    }

    @Test
    void anImportUnderTheThresholdIsRescoredAtOnce() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<Member> ms = members(b, 10);
        List<EntryDraft> drafts = drafts(ms, 4);
        clearInvocations(unitScores);

        ledger.record(b.secretary(), EntrySource.IMPORT, drafts);

        verify(unitScores, times(1)).score(any(), any());
        assertThat(jobsOf(b)).isEmpty();
        assertSameAsFull(b, ms);
    }

    /** Half in the 支部, half in its 党小组: one rank unit. */
    private List<Member> members(Branch b, int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(fixture.member(b, i % 2 == 0 ? b.branch() : b.group(), "后台" + i, "ORDINARY"));
        }
        return out;
    }

    /** {@code perMember} entries for each member on days of the first two quarters, values varying. */
    private static List<EntryDraft> drafts(List<Member> ms, int perMember) {
        List<EntryDraft> out = new ArrayList<>();
        for (int i = 0; i < perMember; i++) {
            for (int j = 0; j < ms.size(); j++) {
                out.add(new EntryDraft(ms.get(j).getId(), "CONTRIB-DEED", null, BigDecimal.valueOf(1 + (i + j) % 9),
                        1, DAY.plusDays(i * 3L % 120), "导入核对", null));
            }
        }
        return out;
    }

    private List<Map<String, Object>> jobsOf(Branch b) {
        return jdbc.sql("select * from score_job where org_path like ? order by id").param(b.branch().getPath() + "%")
                .query().listOfRows();
    }

    private void awaitDone(Branch b) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (!jobsOf(b).stream().allMatch(j -> "DONE".equals(j.get("state")))) {
            assertThat(Instant.now()).as("job done within a minute: %s", jobsOf(b)).isBefore(until);
            Thread.sleep(100);
        }
    }

    private void assertSameAsFull(Branch b, List<Member> ms) {
        UnitEvaluation full = unitScores.evaluate(b.branch(), DAY).orElseThrow();
        Map<String, String> expected = IncrementalEqualsFullTest.keyed(UnitScores.rows(full, Instant.EPOCH));
        Map<String, String> stored = IncrementalEqualsFullTest.keyed(ms.stream()
                .flatMap(m -> store.ofMember(m.getId()).stream()).toList());
        assertThat(expected).isNotEmpty();
        assertThat(stored).isEqualTo(expected);
    }
}
