package io.jifen.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.impact.ImpactRow.TierChange;
import io.jifen.impact.S10TwoVersions.Scenario;
import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreRow.Level;
import io.jifen.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The impact preview on two versions of S10 (see {@link S10TwoVersions}): exactly the members whose tier moves, both
 * tiers, the totals in force equal to the scoreboard's, the removed item's entries counted; nothing stored; a
 * foreign version (another tenant's admin) like a missing one; a secretary may not preview.
 */
class ImpactPreviewTest extends IntegrationTest {

    @Autowired
    S10TwoVersions scenarios;
    @Autowired
    ImpactPreview preview;
    @Autowired
    ScoreBoard board;
    @Autowired
    LedgerFixture fixture;

    @Test
    void theDraftMovesExactlyTheMembersWhoseTierChanges() {
        Scenario s = scenarios.build("QS");
        Branch b = s.branch();
        List<ScoreBoard.Line> before = boardOf(b);
        List<Integer> progress = new ArrayList<>();

        Impact impact = preview.preview(b.admin(), s.draftId(), s.draft(), ImpactSpan.PERIOD,
                (done, of) -> progress.add(done * 10 + of));

        assertThat(impact.tierChanges()).extracting(ImpactRow::memberName).containsExactlyInAnyOrder("甲升档", "丙降档");
        ImpactRow up = row(impact, s.up());
        assertThat(up.change()).isEqualTo(TierChange.UP);
        assertThat(up.now().tierName()).isEqualTo("不合格");
        assertThat(up.draft().tierName()).isEqualTo("基本合格");
        assertThat(up.now().total()).isEqualByComparingTo("52");
        assertThat(up.difference()).isEqualByComparingTo("0");
        ImpactRow down = row(impact, s.down());
        assertThat(down.change()).isEqualTo(TierChange.DOWN);
        assertThat(down.now().tierName()).isEqualTo("基本合格");
        assertThat(down.draft().tierName()).isEqualTo("不合格");
        assertThat(down.now().total()).isEqualByComparingTo("60");
        assertThat(down.draft().total()).isEqualByComparingTo("43");
        assertThat(down.now().rank()).isEqualTo(1);
        assertThat(down.draft().rank()).isEqualTo(2);
        ImpactRow same = row(impact, s.same());
        assertThat(same.change()).isEqualTo(TierChange.NONE);
        assertThat(same.difference()).isEqualByComparingTo("-4");
        assertThat(impact.rows()).hasSize(3);
        assertThat(impact.tierUps()).isEqualTo(1);
        assertThat(impact.tierDowns()).isEqualTo(1);
        assertThat(impact.removedEntries()).isEqualTo(6);
        assertThat(impact.inForceVersion()).isEqualTo(1);
        assertThat(progress).containsExactly(11);

        // the totals in force are the scoreboard's, and the preview stored nothing
        for (ScoreBoard.Line line : before) {
            assertThat(impact.rows()).filteredOn(r -> r.memberId() == line.row().memberId()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.now().total()).isEqualByComparingTo(line.row().total());
                        assertThat(r.now().tierId()).isEqualTo(line.row().tierId());
                    });
        }
        assertThat(before).hasSize(3);
        assertThat(boardOf(b)).extracting(l -> l.row().total()).containsExactlyElementsOf(
                before.stream().map(l -> l.row().total()).toList());
    }

    @Test
    void theYearSpanComparesTheAnnualResults() {
        Scenario s = scenarios.build("QS");
        Impact year = preview.preview(s.branch().admin(), s.draftId(), s.draft(), ImpactSpan.YEAR,
                ImpactPreview.Progress.NONE);
        assertThat(year.draftPeriod().start()).isEqualTo(S10TwoVersions.YEAR);
        assertThat(year.tierChanges()).extracting(ImpactRow::memberName).containsExactlyInAnyOrder("甲升档", "丙降档");
    }

    @Test
    void onlyTheSchemesAdminsPreviewAndAForeignVersionIsLikeAMissingOne() {
        Scenario s = scenarios.build("QS");
        Branch other = fixture.branch("HN", "s10-guandao-gongsi");

        assertThatThrownBy(() -> preview.preview(other.admin(), s.draftId(), s.draft(), ImpactSpan.PERIOD,
                ImpactPreview.Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preview.preview(s.branch().admin(), Long.MAX_VALUE, s.draft(), ImpactSpan.PERIOD,
                ImpactPreview.Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        String foreign = message(() -> preview.preview(other.admin(), s.draftId(), s.draft(), ImpactSpan.PERIOD,
                ImpactPreview.Progress.NONE));
        String missing = message(() -> preview.preview(other.admin(), Long.MAX_VALUE, s.draft(), ImpactSpan.PERIOD,
                ImpactPreview.Progress.NONE));
        assertThat(foreign).isEqualTo(missing);
        assertThatThrownBy(() -> preview.preview(s.branch().secretary(), s.draftId(), s.draft(), ImpactSpan.PERIOD,
                ImpactPreview.Progress.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    private static String message(Runnable call) {
        try {
            call.run();
            return null;
        } catch (AccessDeniedException e) {
            return e.getMessage();
        }
    }

    private List<ScoreBoard.Line> boardOf(Branch b) {
        return board.page(b.admin(), new Query(b.branch().getId(), Level.YEAR, S10TwoVersions.YEAR, null, null,
                Sort.TOTAL), 0, 50);
    }

    private static ImpactRow row(Impact impact, Member m) {
        return impact.rows().stream().filter(r -> r.memberId() == m.getId()).findFirst().orElseThrow();
    }
}
