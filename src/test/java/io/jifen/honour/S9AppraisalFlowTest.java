package io.jifen.honour;

import static io.jifen.followup.AppraisalFixture.points;
import static io.jifen.followup.AppraisalFixture.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.followup.AppraisalTest;
import io.jifen.followup.FollowUpService;
import io.jifen.followup.FollowUpTask;
import io.jifen.followup.TaskFilter;
import io.jifen.followup.TaskFilter.Show;
import io.jifen.honour.Appraisal.Candidate;
import io.jifen.honour.Appraisal.Cut;
import io.jifen.honour.Appraisal.RuleList;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.score.ScoreService;
import io.jifen.shared.UserFacingException;
import io.jifen.todo.TodoKind;
import io.jifen.todo.TodoService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 10 acceptance, S9 end to end: four quarters of stars from the secretary's entries, the annual result, the
 * 优秀共产党员 list within a quota (with the tie at the cut shown); a 二星 quarter gives a talk task due at the end of
 * the month the result comes out, which is completed with date and notes. Another tenant reaches none of it.
 */
class S9AppraisalFlowTest extends AppraisalTest {

    @Autowired
    TodoService todos;
    @Autowired
    FollowUpService tasks;
    @Autowired
    HonourService honours;
    @Autowired
    ScoreService scores;

    /** 55 general points (meetings, study, dues at their caps) and {@code duty} times the branch's 7-point duty. */
    private static List<EntryDraft> quarter(Member m, int q, int duty, int bonus) {
        LocalDate day = LocalDate.of(2026, 3 * q - 1, 10);
        List<EntryDraft> d = new ArrayList<>(List.of(times(m, "GEN-MEETING", 5, day), times(m, "GEN-STUDY", 3, day),
                times(m, "GEN-DUES", 3, day), times(m, "A-DUTY", duty, day)));
        if (bonus > 0) {
            d.add(points(m, "GEN-OUTSTANDING", bonus, day));
        }
        return d;
    }

    @Test
    void fourQuartersOfStarsTheExcellentListWithinAQuotaAndATalkTaskForATwoStarQuarter() throws IOException {
        Branch b = appraisal.s9("QS");
        Branch foreign = appraisal.s9("HN");
        Member jia = appraisal.member(b, "五星甲", "S9-STAFF");
        Member yi = appraisal.member(b, "五星乙", "S9-STAFF");
        Member wu = appraisal.member(b, "五星戊", "S9-STAFF");
        Member bing = appraisal.member(b, "四星丙", "S9-STAFF");
        Member ding = appraisal.member(b, "二星丁", "S9-STAFF");

        // Q1 and Q2, results out on 3 July: 丁 is 二星 in Q2 (55 + 7 = 62)
        clock.set(LocalDate.of(2026, 7, 3));
        List<EntryDraft> half = new ArrayList<>();
        for (int q = 1; q <= 2; q++) {
            half.addAll(quarter(jia, q, 5, 0));
            half.addAll(quarter(yi, q, 5, 3));
            half.addAll(quarter(wu, q, 5, 0));
            half.addAll(quarter(bing, q, 5, 0));
            half.addAll(quarter(ding, q, q == 2 ? 1 : 5, 0));
        }
        appraisal.record(b, half);
        var generated = tasks.generate(b.secretary(), b.branch().getId(), LocalDate.of(2026, 6, 30));
        assertThat(generated.created()).isEqualTo(1);
        assertThat(tasks.generate(b.secretary(), b.branch().getId(), LocalDate.of(2026, 6, 30)).created())
                .as("generation is idempotent").isZero();
        FollowUpTask talk = tasks.page(b.secretary(), TaskFilter.all(), 0, 10).getFirst();
        assertThat(talk.memberId()).isEqualTo(ding.getId());
        assertThat(talk.action()).isEqualTo("TALK");
        assertThat(talk.periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(talk.dueOn()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(talk.assigneeOrgId()).isEqualTo(b.branch().getId());
        assertThat(talk.reasonZh()).contains("二星");
        assertThat(talk.state()).isEqualTo(FollowUpTask.State.OPEN);
        assertThat(tasks.openTasks(b.secretary())).isEqualTo(1);
        assertThat(tasks.overdueTasks(b.secretary())).isZero();
        // the assignee is told: the task is a todo of the branch's secretary, due when the task is
        assertThat(todos.page(b.secretary(), 0, 50)).filteredOn(t -> t.kind() == TodoKind.TASK).singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo("task:" + talk.id());
                    assertThat(t.due()).isEqualTo(LocalDate.of(2026, 7, 31));
                });
        assertThat(todos.page(foreign.admin(), 0, 50)).noneMatch(t -> t.kind() == TodoKind.TASK);

        // another tenant: sees nothing, completes nothing, generates nothing here
        assertThat(tasks.page(foreign.admin(), TaskFilter.all(), 0, 10)).isEmpty();
        assertThat(tasks.openTasks(foreign.admin())).isZero();
        assertThatThrownBy(() -> tasks.complete(foreign.admin(), talk.id(), LocalDate.of(2026, 7, 5), "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.complete(foreign.admin(), Long.MAX_VALUE, LocalDate.of(2026, 7, 5), "不存在"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.generate(foreign.secretary(), b.branch().getId(), LocalDate.of(2026, 6, 30)))
                .isInstanceOf(AccessDeniedException.class);

        // past the month's end the task is overdue; the sweep marks it; then it is done with date and notes
        clock.set(LocalDate.of(2026, 8, 2));
        assertThat(tasks.overdueTasks(b.secretary())).isEqualTo(1);
        assertThat(tasks.markOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(tasks.page(b.secretary(), new TaskFilter(Show.OVERDUE, "TALK"), 0, 10)).singleElement()
                .satisfies(t -> assertThat(t.overdueAt()).isNotNull());
        assertThatThrownBy(() -> tasks.complete(b.secretary(), talk.id(), LocalDate.of(2026, 8, 1), " "))
                .isInstanceOf(UserFacingException.class);
        FollowUpTask done = tasks.complete(b.secretary(), talk.id(), LocalDate.of(2026, 8, 1),
                "书记已约谈，本人表示下季度按时完成岗位职责");
        assertThat(done.state()).isEqualTo(FollowUpTask.State.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(done.completionNotes()).isEqualTo("书记已约谈，本人表示下季度按时完成岗位职责");
        assertThat(done.completedBy()).isEqualTo(b.secretary().username());
        assertThat(tasks.openTasks(b.secretary())).isZero();
        assertThat(todos.page(b.secretary(), 0, 50)).noneMatch(t -> t.kind() == TodoKind.TASK);
        assertThat(tasks.page(b.secretary(), new TaskFilter(Show.DONE, null), 0, 10)).hasSize(1);

        // Q3 and Q4, the year over: 丙 drops to 四星 in Q4 (55 + 28 = 83)
        clock.set(LocalDate.of(2027, 1, 6));
        List<EntryDraft> rest = new ArrayList<>();
        for (int q = 3; q <= 4; q++) {
            rest.addAll(quarter(jia, q, 5, 0));
            rest.addAll(quarter(yi, q, 5, 3));
            rest.addAll(quarter(wu, q, 5, 0));
            rest.addAll(quarter(bing, q, q == 4 ? 4 : 5, 0));
            rest.addAll(quarter(ding, q, 5, 0));
        }
        appraisal.record(b, rest);
        scores.recomputeUnit(b.secretary(), b.branch().getId(), LocalDate.of(2026, 12, 31));

        List<StarRow> stars = honours.stars(b.secretary(), b.branch().getId(), 2026);
        assertThat(stars).filteredOn(r -> r.level().equals("PERIOD")).hasSize(20);
        assertThat(stars).filteredOn(r -> r.memberId() == ding.getId() && r.level().equals("PERIOD"))
                .extracting(StarRow::tierName).containsExactly("五星", "二星", "五星", "五星");
        assertThat(stars).filteredOn(r -> r.memberId() == bing.getId() && r.level().equals("YEAR"))
                .extracting(StarRow::tierName).containsExactly("四星");
        assertThat(stars).filteredOn(r -> r.memberId() == yi.getId() && r.level().equals("YEAR"))
                .extracting(StarRow::tierName).containsExactly("五星");

        // the quota: an admin sets it; a secretary may not
        assertThatThrownBy(() -> honours.setQuota(b.secretary(), b.branch().getId(), 2026, "S9-EXCELLENT", 2))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> honours.setQuota(foreign.admin(), b.branch().getId(), 2026, "S9-EXCELLENT", 2))
                .isInstanceOf(AccessDeniedException.class);
        honours.setQuota(b.admin(), b.branch().getId(), 2026, "S9-EXCELLENT", 2);

        Appraisal a = honours.appraisal(b.secretary(), b.branch().getId(), 2026, Locale.CHINA).orElseThrow();
        assertThat(a.complete()).isTrue();
        RuleList excellent = a.lists().getFirst();
        assertThat(excellent.ruleId()).isEqualTo("S9-EXCELLENT");
        assertThat(excellent.quota()).isEqualTo(2);
        // 乙 93 first; 甲 and 戊 tie on 90 at the cut; 丙 (annual 四星) and 丁 (a 二星 quarter) are not eligible
        assertThat(excellent.candidates()).extracting(Candidate::name).containsExactly("五星乙", "五星甲", "五星戊");
        assertThat(excellent.candidates()).extracting(Candidate::cut).containsExactly(Cut.IN, Cut.TIE, Cut.TIE);
        Candidate first = excellent.candidates().getFirst();
        assertThat(first.total()).isEqualByComparingTo("93");
        assertThat(first.periodTiers()).hasSize(4).allSatisfy(p -> assertThat(p).contains("五星"));
        assertThat(first.yearTiers()).contains("五星");
        assertThat(first.reasons()).hasSize(2).allSatisfy(r -> assertThat(r).isNotBlank());

        honours.setQuota(b.admin(), b.branch().getId(), 2026, "S9-EXCELLENT", 1);
        assertThat(honours.appraisal(b.admin(), b.branch().getId(), 2026, Locale.CHINA).orElseThrow().lists()
                .getFirst().withinQuota()).extracting(Candidate::name).containsExactly("五星乙");
        assertThatThrownBy(() -> honours.appraisal(foreign.secretary(), b.branch().getId(), 2026, Locale.CHINA))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> honours.stars(foreign.admin(), b.branch().getId(), 2026))
                .isInstanceOf(AccessDeniedException.class);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HonourExport.write(a, Locale.CHINA, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("五星乙");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).contains("五星");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("并列（需研究确定）");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
