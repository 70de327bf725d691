package io.jifen.scheme.validation;

import static io.jifen.scheme.validation.Issues.at;
import static io.jifen.scheme.validation.Issues.scheme;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.Workflow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a scheme that build on its tiers: tier schemes themselves, eligibility, consequences — and the
 * workflow numbers. Split from {@link SchemeValidator}, which checks the structure (periods, classes, categories,
 * items) and hands over the tier schemes in force (own or inherited; {@code null} when they cannot be known).
 */
final class RuleChecks {

    private final SchemeVersion s;
    private final Issues out;
    private final Map<String, TierScheme> tierSchemes;

    RuleChecks(SchemeVersion s, Issues out, Map<String, TierScheme> tierSchemes) {
        this.s = s;
        this.out = out;
        this.tierSchemes = tierSchemes;
    }

    void all() {
        tierSchemes();
        eligibility();
        consequences();
        workflow();
    }

    private void tierSchemes() {
        Map<String, Integer> seen = new HashMap<>();
        for (int t = 0; t < s.tierSchemes().size(); t++) {
            TierScheme ts = s.tierSchemes().get(t);
            String p = at("tierSchemes", t);
            out.blankId(ts.id(), p + ".id");
            out.blankName(ts.name(), p + ".name");
            out.unique(seen, ts.id(), t, p + ".id");
            if (ts.levels().isEmpty()) {
                out.error(p + ".levels", "tierScheme.noLevels", ts.name());
            }
            Map<String, Integer> tierIds = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (int k = 0; k < ts.tiers().size(); k++) {
                Tier tier = ts.tiers().get(k);
                String tp = p + ".tiers[" + k + "]";
                out.blankId(tier.id(), tp + ".id");
                out.blankName(tier.name(), tp + ".name");
                out.unique(tierIds, tier.id(), k, tp + ".id");
                if (tier.name() != null && !tier.name().isBlank() && !names.add(tier.name().strip())) {
                    out.error(tp + ".name", "tier.duplicateName", tier.name());
                }
                if (k > 0) {
                    Tier better = ts.tiers().get(k - 1);
                    if (tier.min() != null && better.min() != null && tier.min().compareTo(better.min()) == 0) {
                        out.error(tp + ".min", "tier.overlap", tier.name(), better.name(), tier.min());
                    }
                }
            }
        }
    }

    private void eligibility() {
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < s.eligibilityRules().size(); r++) {
            EligibilityRule rule = s.eligibilityRules().get(r);
            String p = at("eligibilityRules", r);
            out.blankId(rule.id(), p + ".id");
            out.blankName(rule.name(), p + ".name");
            out.unique(seen, rule.id(), r, p + ".id");
            if (rule.conditions().isEmpty()) {
                out.error(p + ".conditions", "rule.noConditions", rule.name());
            }
            for (int c = 0; c < rule.conditions().size(); c++) {
                String cp = p + ".conditions[" + c + "]";
                switch (rule.conditions().get(c)) {
                    case EligibilityCondition.EveryPeriodAtLeast e ->
                            tierRef(cp, e.tierSchemeId(), e.tierId(), Level.PERIOD);
                    case EligibilityCondition.YearAtLeast y -> tierRef(cp, y.tierSchemeId(), y.tierId(), Level.YEAR);
                    case EligibilityCondition.YearTotalAbove y -> {
                        if (y.threshold() == null) {
                            out.error(cp + ".threshold", "rule.thresholdMissing");
                        }
                    }
                    case EligibilityCondition.NoVeto n -> {
                    }
                }
            }
        }
    }

    private void consequences() {
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < s.consequenceRules().size(); r++) {
            ConsequenceRule rule = s.consequenceRules().get(r);
            String p = at("consequenceRules", r);
            out.blankId(rule.id(), p + ".id");
            out.blankName(rule.name(), p + ".name");
            out.unique(seen, rule.id(), r, p + ".id");
            String tp = p + ".trigger";
            switch (rule.trigger()) {
                case ConsequenceTrigger.BottomN b -> positive(b.n(), tp + ".n");
                case ConsequenceTrigger.TopN t -> positive(t.n(), tp + ".n");
                case ConsequenceTrigger.AtOrBelowTier a -> tierRef(tp, a.tierSchemeId(), a.tierId(), rule.level());
                case ConsequenceTrigger.ConsecutiveAtOrBelow c -> {
                    tierRef(tp, c.tierSchemeId(), c.tierId(), rule.level());
                    positive(c.times(), tp + ".times");
                }
                case ConsequenceTrigger.NthTimeAtOrBelow n -> {
                    tierRef(tp, n.tierSchemeId(), n.tierId(), rule.level());
                    positive(n.nth(), tp + ".nth");
                }
            }
            FollowUp f = rule.followUp();
            if (f.action().isBlank()) {
                out.error(p + ".followUp.action", "followUp.actionBlank");
            }
            if ((f.due() == FollowUp.Due.WITHIN_DAYS || f.due() == FollowUp.Due.WITHIN_MONTHS)
                    && (f.days() == null || f.days() <= 0)) {
                out.error(p + ".followUp.days", "followUp.daysRequired", f.days());
            }
        }
    }

    private void positive(int n, String p) {
        if (n <= 0) {
            out.error(p, "rule.countNotPositive", n);
        }
    }

    private void tierRef(String p, String tierSchemeId, String tierId, Level level) {
        if (tierSchemes == null) {
            return;
        }
        TierScheme ts = tierSchemes.get(tierSchemeId);
        if (ts == null) {
            out.error(p + ".tierSchemeId", "rule.unknownTierScheme", tierSchemeId);
            return;
        }
        if (ts.tiers().stream().noneMatch(t -> t.id().equals(tierId))) {
            out.error(p + ".tierId", "rule.unknownTier", tierId, ts.name());
        }
        if (!ts.levels().isEmpty() && !ts.levels().contains(level)) {
            out.error(p + ".tierSchemeId", "rule.levelNotGraded", ts.name(), level);
        }
    }

    private void workflow() {
        Workflow w = s.workflow() == null ? Workflow.NONE : s.workflow();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < w.steps().size(); i++) {
            Workflow.ReviewStep step = w.steps().get(i);
            String p = scheme("workflow.steps[" + i + "]");
            out.blankId(step.id(), p + ".id");
            out.blankName(step.name(), p + ".name");
            out.unique(seen, step.id(), i, p + ".id");
        }
        if (w.publicationWindowDays() < 0) {
            out.error(scheme("workflow.publicationWindowDays"), "workflow.negativeDays",
                    w.publicationWindowDays());
        }
        if (w.objectionAnswerDays() < 0) {
            out.error(scheme("workflow.objectionAnswerDays"), "workflow.negativeDays", w.objectionAnswerDays());
        }
    }
}
