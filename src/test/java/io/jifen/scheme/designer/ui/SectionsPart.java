package io.jifen.scheme.designer.ui;

import static io.jifen.scheme.designer.section.SectionDriver.click;
import static io.jifen.scheme.designer.section.SectionDriver.type;

import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.Workflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The scheme-wide sections of {@link FormsDriver}: each filled through its own fields and buttons. */
final class SectionsPart {

    private final FormsDriver driver;

    SectionsPart(FormsDriver driver) {
        this.driver = driver;
    }

    private SchemeVersion current() {
        return driver.view.current();
    }

    void basic() {
        DesignerSection s = driver.section("designer.section.basic");
        type(s, "$.scheme.name", driver.template().name());
        if (driver.template().effectiveFrom() != null) {
            type(s, "$.scheme.effectiveFrom", driver.template().effectiveFrom());
        }
    }

    void period() {
        DesignerSection s = driver.section("designer.section.period");
        PeriodRule r = driver.template().periodRule();
        String p = "$.scheme.periodRule.";
        type(s, p + "assessedUnit", r.assessedUnit());
        type(s, p + "reset", r.reset());
        type(s, p + "rollUp", r.rollUp());
        type(s, p + "totalCap", r.totalCap());
        type(s, p + "overflowAsReward", r.overflowAsReward());
        type(s, p + "partialPeriods", r.partialPeriods());
        type(s, p + "yearStartMonth", r.yearStartMonth());
        type(s, p + "interimUnit", r.interimUnit());
        type(s, p + "interimRollUp", r.interimRollUp());
    }

    void ranking(RankingRule ranking, Map<String, String> categoryIds) {
        DesignerSection s = driver.section("designer.section.period");
        String p = "$.scheme.ranking.";
        if (ranking.basisCategoryId() != null) {
            type(s, p + "basisCategoryId", categoryIds.get(ranking.basisCategoryId()));
        }
        for (int g = 0; g < ranking.statusGroups().size(); g++) {
            click(s, "designer.section.ranking.addGroup", 0);
            type(s, p + "statusGroups[" + g + "]", ranking.statusGroups().get(g));
        }
    }

    void memberClasses(List<MemberClass> classes, Map<String, String> ids) {
        DesignerSection s = driver.section("designer.section.classes");
        for (int i = 0; i < classes.size(); i++) {
            MemberClass c = classes.get(i);
            click(s, "designer.section.classes.add", 0);
            String p = "$.scheme.memberClasses[" + i + "].";
            type(s, p + "name", c.name());
            type(s, p + "baseScore", c.baseScore());
            type(s, p + "exemption", c.exemption());
            ids.put(c.id(), current().memberClasses().get(i).id());
        }
    }

    /**
     * A scale starts with two tiers and grows by "添加档次"; a threshold that would pass another's reorders the
     * tiers (best first), so the thresholds are first lifted above any target in order, then lowered into place from
     * the bottom up: the tiers never change places, and row k stays the template's tier k.
     */
    void tiers(List<TierScheme> scales, Map<String, String> scaleIds, Map<String, String> tierIds) {
        DesignerSection s = driver.section("designer.section.tiers");
        for (TierScheme target : scales) {
            click(s, "designer.section.tiers.addScheme", 0);
            int t = current().tierSchemes().size() - 1;
            String p = "$.scheme.tierSchemes[" + t + "]";
            type(s, p + ".name", target.name());
            type(s, p + ".levels", target.levels());
            int n = target.tiers().size();
            while (current().tierSchemes().get(t).tiers().size() < n) {
                click(s, "designer.section.tiers.addTier", t);
            }
            for (int k = 0; k < n - 1; k++) {
                type(s, p + ".tiers[" + k + "].min", BigDecimal.valueOf(100_000L + n - k));
            }
            for (int k = n - 2; k >= 0; k--) {
                type(s, p + ".tiers[" + k + "].min", target.tiers().get(k).min());
            }
            TierScheme made = current().tierSchemes().get(t);
            scaleIds.put(target.id(), made.id());
            for (int k = 0; k < n; k++) {
                type(s, p + ".tiers[" + k + "].name", target.tiers().get(k).name());
                tierIds.put(target.id() + "/" + target.tiers().get(k).id(), made.tiers().get(k).id());
            }
        }
    }

    void workflow(Workflow workflow, Map<String, String> ids) {
        if (workflow == null) {
            return;
        }
        DesignerSection s = driver.section("designer.section.workflow");
        String w = "$.scheme.workflow";
        for (int i = 0; i < workflow.steps().size(); i++) {
            Workflow.ReviewStep step = workflow.steps().get(i);
            click(s, "designer.section.workflow.add", 0);
            type(s, w + ".steps[" + i + "].name", step.name());
            type(s, w + ".steps[" + i + "].performerRole", step.performerRole());
            ids.put(step.id(), current().workflow().steps().get(i).id());
        }
        type(s, w + ".publicationWindowDays", workflow.publicationWindowDays());
        type(s, w + ".objectionAnswerDays", workflow.objectionAnswerDays());
    }

    void eligibility(List<EligibilityRule> rules, Map<String, String> scales, Map<String, String> tiers) {
        DesignerSection s = driver.section("designer.section.eligibility");
        for (int r = 0; r < rules.size(); r++) {
            EligibilityRule rule = rules.get(r);
            click(s, "designer.section.eligibility.add", 0);
            String p = "$.scheme.eligibilityRules[" + r + "]";
            type(s, p + ".name", rule.name());
            type(s, p + ".statuses", rule.statuses());
            for (int c = 0; c < rule.conditions().size(); c++) {
                if (c > 0) {
                    click(s, "designer.section.eligibility.addCondition", r);
                }
                condition(s, p + ".conditions[" + c + "]", rule.conditions().get(c), scales, tiers);
            }
        }
    }

    private void condition(DesignerSection s, String p, EligibilityCondition condition, Map<String, String> scales,
                           Map<String, String> tiers) {
        type(s, p + ".type", condition.getClass().getSimpleName());
        switch (condition) {
            case EligibilityCondition.EveryPeriodAtLeast e -> tier(s, p, e.tierSchemeId(), e.tierId(), scales, tiers);
            case EligibilityCondition.YearAtLeast y -> tier(s, p, y.tierSchemeId(), y.tierId(), scales, tiers);
            case EligibilityCondition.YearTotalAbove y -> {
                type(s, p + ".threshold", y.threshold());
                type(s, p + ".inclusive", y.inclusive());
            }
            case EligibilityCondition.NoVeto n -> { }
        }
    }

    private void tier(DesignerSection s, String p, String scale, String tier, Map<String, String> scales,
                      Map<String, String> tiers) {
        type(s, p + ".tierSchemeId", scales.get(scale));
        type(s, p + ".tierId", tiers.get(scale + "/" + tier));
    }

    void consequences(List<ConsequenceRule> rules, Map<String, String> scales, Map<String, String> tiers) {
        DesignerSection s = driver.section("designer.section.consequences");
        for (int r = 0; r < rules.size(); r++) {
            ConsequenceRule rule = rules.get(r);
            click(s, "designer.section.consequences.add", 0);
            String p = "$.scheme.consequenceRules[" + r + "]";
            type(s, p + ".name", rule.name());
            type(s, p + ".level", rule.level());
            type(s, p + ".statuses", rule.statuses());
            trigger(s, p + ".trigger", rule.trigger(), scales, tiers);
            String f = p + ".followUp.";
            type(s, f + "action", rule.followUp().action());
            type(s, f + "performer", rule.followUp().performer());
            type(s, f + "description", rule.followUp().description());
            type(s, f + "due", rule.followUp().due());
            type(s, f + "days", rule.followUp().days());
        }
    }

    private void trigger(DesignerSection s, String p, ConsequenceTrigger trigger, Map<String, String> scales,
                         Map<String, String> tiers) {
        type(s, p, trigger.getClass().getSimpleName());
        switch (trigger) {
            case ConsequenceTrigger.BottomN b -> {
                type(s, p + ".n", b.n());
                type(s, p + ".scope", b.scope());
            }
            case ConsequenceTrigger.TopN x -> {
                type(s, p + ".n", x.n());
                type(s, p + ".scope", x.scope());
            }
            case ConsequenceTrigger.AtOrBelowTier a -> tier(s, p, a.tierSchemeId(), a.tierId(), scales, tiers);
            case ConsequenceTrigger.ConsecutiveAtOrBelow c -> {
                tier(s, p, c.tierSchemeId(), c.tierId(), scales, tiers);
                type(s, p + ".times", c.times());
            }
            case ConsequenceTrigger.NthTimeAtOrBelow n -> {
                tier(s, p, n.tierSchemeId(), n.tierId(), scales, tiers);
                type(s, p + ".nth", n.nth());
            }
        }
    }
}
