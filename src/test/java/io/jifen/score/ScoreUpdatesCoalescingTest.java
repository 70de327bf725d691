package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
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
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreRow.Level;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Coalescing (issue 9 point 6): the confirmations of one transaction rescore each rank unit once after commit. A
 * bulk activity of 40 attendees, half in the 支部 and half in its 党小组 (one rank unit), is one rescoring, not 40.
 */
class ScoreUpdatesCoalescingTest extends IntegrationTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreBoard board;
    @MockitoSpyBean
    UnitScores unitScores;

    @Test
    void aBulkActivityOfFortyAttendeesRescoresItsUnitOnce() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Member m = fixture.member(b, i % 2 == 0 ? b.group() : b.branch(), "合并" + i, "ORDINARY");
            drafts.add(new EntryDraft(m.getId(), "CONTRIB-DEED", null, BigDecimal.valueOf(i + 1), 1,
                    LocalDate.of(2026, 3, 12), "支部党员大会", null));
        }
        clearInvocations(unitScores);

        List<Entry> stored = ledger.record(b.secretary(), EntrySource.BULK, drafts).entries();

        assertThat(stored).hasSize(40).allMatch(e -> e.getStatus() == EntryStatus.CONFIRMED);
        verify(unitScores, times(1)).score(any(), any());
        // the one rescoring scored all 40: the board shows every attendee ranked in the 支部
        var page = board.page(b.secretary(), new Query(b.branch().getId(), Level.PERIOD, LocalDate.of(2026, 1, 1),
                null, null, Sort.RANK), 0, 50);
        assertThat(page).hasSize(40);
        assertThat(page.getFirst().row().unitRank()).isEqualTo(1);
        assertThat(page.getFirst().row().unitSize()).isEqualTo(40);
    }
}
