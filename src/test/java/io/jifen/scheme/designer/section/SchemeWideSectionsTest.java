package io.jifen.scheme.designer.section;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each scheme-wide section on S9 edits the draft as expected (the written document equals the expected one), one
 * edit per field change; member classes link to the roster classes of the user's own organization only; read-only
 * mode edits nothing.
 */
class SchemeWideSectionsTest extends DesignerSectionsTest {

    @Test
    void basicInformationPeriodsAndRankingEditTheDraft() {
        mount(TestUsers.QS_ADMIN, S9, false);
        BasicSection basic = section(BasicSection.class);
        set(basic, "$.scheme.name", "公司党员积分方案");
        set(basic, "$.scheme.effectiveFrom", LocalDate.of(2026, 1, 1));
        PeriodSection period = section(PeriodSection.class);
        set(period, "$.scheme.periodRule.assessedUnit", PeriodUnit.MONTH);
        set(period, "$.scheme.periodRule.totalCap", new BigDecimal("100"));
        set(period, "$.scheme.periodRule.overflowAsReward", true);
        set(period, "$.scheme.periodRule.yearStartMonth", 7);
        set(period, "$.scheme.periodRule.interimUnit", PeriodUnit.QUARTER);
        assertThat(edits).hasSize(7);
        assertThat((Object) period.valueAt("$.scheme.periodRule.interimRollUp")).as("the model's default shows")
                .isEqualTo(io.jifen.scoring.model.RollUp.SUM);

        set(period, "$.scheme.ranking.basisCategoryId", "GEN-BONUS");
        click(period, "添加排名分组");
        set(period, "$.scheme.ranking.statusGroups[0]", Set.of(MemberStatus.FULL, MemberStatus.PROBATIONARY));
        click(period, "添加排名分组");
        set(period, "$.scheme.ranking.statusGroups[1]", Set.of(MemberStatus.ACTIVIST));

        SchemeVersion expected = S9.withName("公司党员积分方案").withEffectiveFrom(LocalDate.of(2026, 1, 1))
                .withPeriodRule(S9.periodRule().withAssessedUnit(PeriodUnit.MONTH).withTotalCap(Points.of(100), true)
                        .withYearStart(7).withInterim(PeriodUnit.QUARTER, null))
                .withRanking(new RankingRule("GEN-BONUS", List.of(Set.of(MemberStatus.FULL,
                        MemberStatus.PROBATIONARY), Set.of(MemberStatus.ACTIVIST))));
        assertThat(written()).isEqualTo(written(expected));
        assertThat(edits).hasSize(12);
        helperTextsPresent(basic);
        helperTextsPresent(period);
    }

    @Test
    void memberClassesLinkToTheRosterClassesOfTheOwnOrganization() {
        Item first = S9.items().getFirst();
        SchemeVersion start = S9.withMemberClasses(S9.memberClasses(), replaceFirst(S9.items(),
                first.forClasses("S9-STAFF")));
        mount(TestUsers.QS_ADMIN, start, false);
        MemberClassSection classes = section(MemberClassSection.class);
        String p = "$.scheme.memberClasses[0]";
        assertThat(warningMarks(classes)).as("S9-STAFF is no class of QS's roster").hasSize(1);
        List<RosterClass> offered = getSuggestionItems(combo(classes, p + ".id"));
        assertThat(offered).extracting(RosterClass::code)
                .containsExactly("CADRE", "ORDINARY", "MOBILE", "ELDERLY")
                .doesNotContain("MANAGER", "FRONTLINE");

        set(classes, p + ".id", new RosterClass("CADRE", "村组干部"));
        assertThat(warningMarks(classes)).isEmpty();
        assertThat(draft.get().memberClasses().getFirst().id()).isEqualTo("CADRE");
        assertThat(draft.get().items().getFirst().memberClassIds()).as("the item follows the class")
                .containsExactly("CADRE");
        set(classes, p + ".baseScore", new BigDecimal("55"));
        set(classes, p + ".exemption", ExemptionRule.GRADE_DIRECTLY);
        click(classes, "添加党员类别");
        assertThat(warningMarks(classes)).as("a new class is not linked yet").hasSize(1);
        set(classes, "$.scheme.memberClasses[1].id", new RosterClass("ELDERLY", "年老体弱党员"));
        assertThat(warningMarks(classes)).isEmpty();

        SchemeVersion expected = S9.withMemberClasses(List.of(
                new MemberClass("CADRE", "村组干部", new BigDecimal("55"), ExemptionRule.GRADE_DIRECTLY, 0),
                new MemberClass("ELDERLY", "年老体弱党员", null, ExemptionRule.NOT_ALLOWED, 1)),
                replaceFirst(S9.items(), first.forClasses("CADRE")));
        assertThat(written()).isEqualTo(written(expected));
        assertThat(edits).hasSize(5);

        set(classes, p + ".name", "");
        assertThat(validation(classes, p + ".name").isInvalid()).as("the validator's issue at the field").isTrue();
        helperTextsPresent(classes);
    }

    @Test
    void anotherTenantsAdminIsOfferedOnlyTheirOwnRosterClasses() {
        mount(TestUsers.HN_ADMIN, S9, false);
        MemberClassSection classes = section(MemberClassSection.class);
        List<RosterClass> offered = getSuggestionItems(combo(classes, "$.scheme.memberClasses[0].id"));
        assertThat(offered).extracting(RosterClass::code).containsExactly("MANAGER", "FRONTLINE");
    }

    @Test
    void eligibilityRulesAndConditionsEditTheDraft() {
        mount(TestUsers.QS_ADMIN, S9, false);
        EligibilitySection eligibility = section(EligibilitySection.class);
        set(eligibility, "$.scheme.eligibilityRules[0].conditions[1].tierId", "4");
        click(eligibility, "添加评优条件");
        String p = "$.scheme.eligibilityRules[1]";
        set(eligibility, p + ".name", "年度积分优秀");
        set(eligibility, p + ".statuses", Set.of(MemberStatus.ACTIVIST));
        set(eligibility, p + ".conditions[0].type", "YearTotalAbove");
        set(eligibility, p + ".conditions[0].threshold", new BigDecimal("95"));
        set(eligibility, p + ".conditions[0].inclusive", false);
        click(eligibility, "添加条件", 1);

        EligibilityRule excellent = S9.eligibilityRules().getFirst();
        List<EligibilityRule> rules = List.of(
                new EligibilityRule(excellent.id(), excellent.name(), List.of(excellent.conditions().getFirst(),
                        new EligibilityCondition.YearAtLeast("S9-STARS", "4")), excellent.statuses()),
                new EligibilityRule("ELIGIBLE-2", "年度积分优秀", List.of(
                        new EligibilityCondition.YearTotalAbove(new BigDecimal("95"), false),
                        new EligibilityCondition.NoVeto()), Set.of(MemberStatus.ACTIVIST)));
        assertThat(written()).isEqualTo(written(S9.withEligibilityRules(rules)));
        assertThat(edits).hasSize(8);
        helperTextsPresent(eligibility);
    }

    @Test
    void consequencesWithTriggersAndFollowUpsEditTheDraft() {
        mount(TestUsers.QS_ADMIN, S9, false);
        ConsequenceSection consequences = section(ConsequenceSection.class);
        click(consequences, "添加后果规则");
        String p = "$.scheme.consequenceRules[1]";
        set(consequences, p + ".name", "第二次二星及以下：诫勉谈话");
        set(consequences, p + ".level", Level.YEAR);
        set(consequences, p + ".trigger", "NthTimeAtOrBelow");
        set(consequences, p + ".trigger.nth", 2);
        set(consequences, p + ".trigger.tierId", "2");
        set(consequences, p + ".followUp.action", "ADMONITION_TALK");
        _fireCustomValueSet(combo(consequences, p + ".followUp.performer"), "TOWNSHIP_OFFICE");
        set(consequences, p + ".followUp.description", "镇党委诫勉谈话");
        set(consequences, p + ".followUp.due", FollowUp.Due.WITHIN_MONTHS);
        set(consequences, p + ".followUp.days", 3);

        List<ConsequenceRule> rules = new ArrayList<>(S9.consequenceRules());
        rules.add(new ConsequenceRule("CONSEQUENCE-2", "第二次二星及以下：诫勉谈话", Level.YEAR,
                new ConsequenceTrigger.NthTimeAtOrBelow("S9-STARS", "2", 2), Set.of(),
                new FollowUp("ADMONITION_TALK", "TOWNSHIP_OFFICE", "镇党委诫勉谈话", FollowUp.Due.WITHIN_MONTHS, 3)));
        assertThat(written()).isEqualTo(written(S9.withConsequenceRules(rules)));
        assertThat(edits).hasSize(11);
        helperTextsPresent(consequences);
    }

    @Test
    void workflowStepsAndWindowsEditTheDraft() {
        mount(TestUsers.QS_ADMIN, S9, false);
        WorkflowSection workflow = section(WorkflowSection.class);
        click(workflow, "添加审核步骤");
        String p = "$.scheme.workflow.steps[5]";
        set(workflow, p + ".name", "支委会复核");
        set(workflow, p + ".performerRole", "GENERAL_BRANCH_COMMITTEE");
        click(workflow, "上移", 4); // the new last step goes before 大会通报
        set(workflow, "$.scheme.workflow.publicationWindowDays", 7);
        set(workflow, "$.scheme.workflow.objectionAnswerDays", 3);

        List<ReviewStep> steps = new ArrayList<>(S9.workflow().steps());
        steps.add(4, new ReviewStep("STEP-6", "支委会复核", "GENERAL_BRANCH_COMMITTEE"));
        assertThat(written()).isEqualTo(written(S9.withWorkflow(new Workflow(steps, 7, 3))));
        assertThat(edits).hasSize(6);
        helperTextsPresent(workflow);
    }

    @Test
    void readOnlyShowsEverythingAndEditsNothing() {
        mount(TestUsers.QS_ADMIN, S9, true);
        for (DesignerSection s : sections) {
            SectionForm form = (SectionForm) s;
            assertThat(form.fields()).as(s.titleKey()).isNotEmpty();
            for (Component field : form.fields()) {
                assertThat(((HasValue<?, ?>) field).isReadOnly()).as(s.titleKey() + " " + field).isTrue();
            }
            assertThat(_find(s.component(), Button.class)).as(s.titleKey()).allMatch(b -> !b.isVisible());
        }
        // even a value forced into a field is no edit
        ((HasValue<?, String>) section(BasicSection.class).field("$.scheme.name")).setValue("改名");
        section(PeriodSection.class).send("$.scheme.name", d -> d.withName("改名"));
        assertThat(edits).isEmpty();
        assertThat(written()).isEqualTo(written(S9));
    }

    @Test
    void showingAnotherDraftSendsNothing() {
        mount(TestUsers.QS_ADMIN, S9, false);
        SchemeVersion s10 = SchemeTemplates.load("s10-guandao-gongsi").scheme();
        sections.forEach(s -> s.show(s10));
        assertThat(edits).isEmpty();
        assertThat((Object) section(BasicSection.class).valueAt("$.scheme.name")).isEqualTo(s10.name());
        assertThat(section(WorkflowSection.class).fields()).hasSize(2 * s10.workflow().steps().size() + 2);
    }

    private static List<Item> replaceFirst(List<Item> items, Item first) {
        List<Item> out = new ArrayList<>(items);
        out.set(0, first);
        return out;
    }
}
