package io.jifen.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.jifen.followup.AppraisalFixture.times;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.jifen.followup.AppraisalTest;
import io.jifen.followup.FollowUpTask;
import io.jifen.followup.TaskFilter.Show;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 后续任务 page through Karibu: a secretary generates the tasks of the branch from the page, sees the 二星
 * member's talk due at the month's end, completes it in the dialog with notes, and finds it under "done"; the
 * admin of another tenant sees an empty list.
 */
class AppraisalViewsTest extends AppraisalTest {

    private static List<EntryDraft> quarter(Member m, int duty, LocalDate day) {
        return List.of(times(m, "GEN-MEETING", 5, day), times(m, "GEN-STUDY", 3, day), times(m, "GEN-DUES", 3, day),
                times(m, "A-DUTY", duty, day));
    }

    @Test
    void aSecretaryGeneratesAndCompletesATalkOnThePage() {
        Branch b = appraisal.s9("QS");
        Branch foreign = appraisal.s9("HN");
        Member good = appraisal.member(b, "页面五星", "S9-STAFF");
        Member low = appraisal.member(b, "页面二星", "S9-STAFF");
        clock.set(LocalDate.of(2026, 4, 2));
        List<EntryDraft> drafts = new ArrayList<>(quarter(good, 5, LocalDate.of(2026, 2, 10)));
        drafts.addAll(quarter(low, 1, LocalDate.of(2026, 2, 10)));
        appraisal.record(b, drafts);

        openAs(b.secretary());
        UI.getCurrent().navigate("tasks");
        TaskView view = _get(TaskView.class);
        assertThat(view.unit.getValue().getId()).isEqualTo(b.branch().getId());
        view.day.setValue(LocalDate.of(2026, 3, 31));
        view.generate.click();
        List<FollowUpTask> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).singleElement().satisfies(t -> {
            assertThat(t.memberName()).isEqualTo("页面二星");
            assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(view.actionLabel(t.action())).isEqualTo("重点约谈");
            assertThat(view.stateLabel(t)).isEqualTo("待办");
        });

        view.grid.select(rows.getFirst());
        assertThat(view.complete.isEnabled()).isTrue();
        view.complete.click();
        CompleteDialog dialog = _get(CompleteDialog.class);
        dialog.notes.setValue("已约谈，明确下季度改进措施");
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._fetch(view.grid, 0, 50)).as("the open list no longer holds it").isEmpty();
        view.show.setValue(Show.DONE);
        assertThat(GridKt._fetch(view.grid, 0, 50)).singleElement().satisfies(t -> {
            assertThat(t.completionNotes()).isEqualTo("已约谈，明确下季度改进措施");
            assertThat(t.completedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(t.completedBy()).isEqualTo(b.secretary().username());
        });

        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openAs(foreign.admin());
        UI.getCurrent().navigate("tasks");
        TaskView other = _get(TaskView.class);
        other.show.setValue(Show.ALL);
        assertThat(GridKt._fetch(other.grid, 0, 500)).extracting(FollowUpTask::memberId)
                .doesNotContain(low.getId());
    }
}
