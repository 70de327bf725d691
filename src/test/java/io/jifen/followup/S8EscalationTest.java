package io.jifen.followup;

import static io.jifen.followup.AppraisalFixture.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 10 acceptance, S8 escalation: 不合格 (below 基本合格) in three consecutive years gives 限期改正 (three months,
 * by the branch), then 诫勉谈话 and then 组织处理 (by the township above), each from the next year's generation; a
 * probationary member at 基本合格 gets a probation-extension task. The township's admin completes what the branch
 * secretary may see but not complete.
 */
class S8EscalationTest extends AppraisalTest {

    @Autowired
    FollowUpService tasks;

    /** 80 − 80 in Q1 and 80 − 20 in Q2, 80 in Q3 and Q4: an annual average of 55, below 基本合格. */
    private static List<EntryDraft> belowBasic(Member m, int year) {
        return List.of(points(m, "VIOLATION-DEED", 80, LocalDate.of(year, 2, 10)),
                points(m, "VIOLATION-DEED", 20, LocalDate.of(year, 5, 10)));
    }

    private List<FollowUpTask> tasksOf(Branch b, Member m) {
        return tasks.page(b.admin(), TaskFilter.all(), 0, 500).stream().filter(t -> t.memberId() == m.getId())
                .sorted(java.util.Comparator.comparing(FollowUpTask::periodStart)).toList();
    }

    @Test
    void threeYearsBelowBasicEscalateAndAProbationaryMemberAtBasicGetsAnExtension() {
        Branch b = appraisal.s8("QS", 2024);
        Branch foreign = appraisal.s8("HN", 2024);
        Member zhang = appraisal.member(b, "连续不合格", "ORDINARY");
        Member li = appraisal.member(b, "预备党员李", "ORDINARY");
        appraisal.probationary(li);
        Member fine = appraisal.member(b, "合格党员", "ORDINARY");

        clock.set(LocalDate.of(2025, 1, 6));
        appraisal.record(b, belowBasic(zhang, 2024));
        var first = tasks.generate(b.secretary(), b.branch().getId(), LocalDate.of(2024, 12, 31));
        assertThat(tasks.page(b.secretary(), TaskFilter.all(), 0, 50)).extracting(t -> t.memberName() + ":" + t.action()
                + ":" + t.periodStart() + ":" + t.reasonZh()).singleElement().asString()
                .startsWith("连续不合格:CORRECTION:2024-01-01");
        assertThat(first.created()).isEqualTo(1);
        assertThat(tasksOf(b, zhang)).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo("CORRECTION");
            assertThat(t.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(t.assigneeOrgId()).isEqualTo(b.branch().getId());
            assertThat(t.reasonZh()).contains("第 1 次");
        });

        clock.set(LocalDate.of(2026, 1, 6));
        appraisal.record(b, belowBasic(zhang, 2025));
        var second = tasks.generate(b.secretary(), b.branch().getId(), LocalDate.of(2025, 12, 31));
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.existing()).as("2024's correction is not created again").isEqualTo(1);
        FollowUpTask admonition = tasksOf(b, zhang).getLast();
        assertThat(admonition.action()).isEqualTo("ADMONITION_TALK");
        assertThat(admonition.assigneeOrgId()).as("by the 党委 above the branch")
                .isEqualTo(b.branch().getParent().getId());
        assertThat(admonition.dueOn()).isNull();

        clock.set(LocalDate.of(2027, 1, 6));
        appraisal.record(b, belowBasic(zhang, 2026));
        // 李: 80 − 80 in Q1 only, an average of 60: 基本合格
        appraisal.record(b, List.of(points(li, "VIOLATION-DEED", 80, LocalDate.of(2026, 2, 10))));
        var third = tasks.generate(b.admin(), b.branch().getId(), LocalDate.of(2026, 12, 31));
        assertThat(third.created()).isEqualTo(2);
        assertThat(tasksOf(b, zhang)).extracting(FollowUpTask::action)
                .containsExactly("CORRECTION", "ADMONITION_TALK", "ORGANIZATIONAL_HANDLING");
        assertThat(tasksOf(b, li)).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo("EXTEND_PROBATION");
            assertThat(t.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(t.reasonZh()).contains("基本合格");
        });
        assertThat(tasksOf(b, fine)).isEmpty();

        // the branch secretary sees the township's tasks about their members but completes only the branch's own
        FollowUpTask handling = tasksOf(b, zhang).getLast();
        assertThat(tasks.page(b.secretary(), TaskFilter.all(), 0, 50)).extracting(FollowUpTask::id)
                .contains(handling.id());
        assertThatThrownBy(() -> tasks.complete(b.secretary(), handling.id(), LocalDate.of(2027, 1, 5), "已处理"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.complete(b.admin(), handling.id(), LocalDate.of(2027, 1, 5), "镇党委已按程序处理").state())
                .isEqualTo(FollowUpTask.State.DONE);
        // the correction of 2024 was due on 31 March 2025 and is still open: overdue
        assertThat(tasks.overdueTasks(b.secretary())).isEqualTo(1);

        // the other tenant reaches none of it
        assertThat(tasks.page(foreign.admin(), TaskFilter.all(), 0, 500)).extracting(FollowUpTask::memberId)
                .doesNotContain(zhang.getId(), li.getId());
        assertThatThrownBy(() -> tasks.generate(foreign.admin(), b.branch().getId(), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.complete(foreign.admin(), admonition.id(), LocalDate.of(2027, 1, 5), "越权"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
