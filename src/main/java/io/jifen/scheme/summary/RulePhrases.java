package io.jifen.scheme.summary;

import static io.jifen.scheme.summary.SchemeSummary.phrase;
import static io.jifen.scheme.summary.SchemeSummary.unit;

import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.Workflow.ReviewStep;
import io.jifen.scoring.result.Phrase;
import java.util.ArrayList;
import java.util.List;

/** The scheme-wide rules in sentences: periods, base scores, tiers, vetoes, eligibility, consequences, workflow. */
final class RulePhrases {

    private final SchemeVersion scheme;
    private final PeriodRule period;

    RulePhrases(SchemeVersion scheme) {
        this.scheme = scheme;
        this.period = scheme.periodRule();
    }

    List<SummaryLine> period() {
        List<SummaryLine> lines = new ArrayList<>();
        PeriodUnit u = period.assessedUnit();
        lines.add(SummaryLine.of(0, "summary.period.assessed", unit(u)));
        lines.add(SummaryLine.of(0, period.reset() ? "summary.period.reset" : "summary.period.noReset", unit(u)));
        if (u != PeriodUnit.YEAR) {
            lines.add(SummaryLine.of(0, "summary.rollUp." + period.rollUp().name(), unit(u)));
        }
        if (period.interimUnit() != null) {
            lines.add(SummaryLine.of(0, "summary.period.interim", unit(period.interimUnit()),
                    phrase("summary.rollUp." + (period.interimRollUp() == RollUp.SUM ? "SUM" : "AVERAGE_OF_SUBPERIODS")
                            + ".short", unit(u))));
        }
        if (period.yearStartMonth() != 1) {
            lines.add(SummaryLine.of(0, "summary.period.yearStart", period.yearStartMonth()));
        }
        if (period.totalCap() != null) {
            lines.add(SummaryLine.of(0, period.overflowAsReward() ? "summary.period.totalCapReward"
                    : "summary.period.totalCap", unit(u), period.totalCap()));
        }
        return lines;
    }

    List<SummaryLine> base() {
        List<SummaryLine> lines = new ArrayList<>();
        Phrase when = period.reset() ? unit(period.assessedUnit()) : unit(PeriodUnit.YEAR);
        for (MemberClass c : scheme.memberClasses()) {
            if (c.baseScore().signum() != 0) {
                lines.add(SummaryLine.of(0, "summary.base.class", c.name(), when, c.baseScore()));
            }
            if (c.exemption() != ExemptionRule.NOT_ALLOWED) {
                lines.add(SummaryLine.of(0, "summary.base.exemption." + c.exemption().name(), c.name()));
            }
        }
        scheme.categories().stream().filter(c -> c.baseScore() != null).forEach(c -> lines.add(
                SummaryLine.of(0, "summary.base.category", c.name(), unit(period.assessedUnit()), c.baseScore())));
        return lines;
    }

    List<SummaryLine> tiers() {
        List<SummaryLine> lines = new ArrayList<>();
        for (TierScheme t : scheme.tierSchemes()) {
            List<Phrase> levels = List.of(Level.PERIOD, Level.INTERIM, Level.YEAR).stream()
                    .filter(t.levels()::contains).map(this::level).distinct().toList();
            lines.add(SummaryLine.of(0, "summary.tiers.scheme", t.name(), levels));
            List<Tier> tiers = t.tiers();
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                lines.add(tiers.size() == 1 ? SummaryLine.of(1, "summary.tier.only", tier.name())
                        : i == 0 ? SummaryLine.of(1, "summary.tier.top", tier.name(), tier.min())
                        : tier.min() == null ? SummaryLine.of(1, "summary.tier.lowest", tier.name(),
                                tiers.get(i - 1).min())
                        : SummaryLine.of(1, "summary.tier.band", tier.name(), tier.min(), tiers.get(i - 1).min()));
            }
        }
        return lines;
    }

    List<SummaryLine> vetoes() {
        List<String> lowest = scheme.tierSchemes().stream().map(t -> t.lowest().name()).distinct().toList();
        return scheme.items().stream().filter(Item::veto).map(i -> lowest.isEmpty()
                ? SummaryLine.of(0, "summary.veto.noTier", i.name())
                : SummaryLine.of(0, "summary.veto", i.name(), lowest)).toList();
    }

    List<SummaryLine> eligibility() {
        List<SummaryLine> lines = new ArrayList<>();
        for (EligibilityRule rule : scheme.eligibilityRules()) {
            lines.add(new SummaryLine(0, phrase("summary.eligibility", rule.name()), rule.statuses().isEmpty()
                    ? List.of() : List.of(phrase("summary.onlyFor", rule.statuses().stream().sorted().toList()))));
            rule.conditions().forEach(c -> lines.add(new SummaryLine(1, condition(c), List.of())));
        }
        return lines;
    }

    private Phrase condition(EligibilityCondition condition) {
        return switch (condition) {
            case EligibilityCondition.EveryPeriodAtLeast e -> phrase(best("summary.cond.everyPeriod", e.tierSchemeId(),
                    e.tierId()), unit(period.assessedUnit()), tierScheme(e.tierSchemeId()),
                    tier(e.tierSchemeId(), e.tierId()));
            case EligibilityCondition.YearAtLeast e -> phrase(best("summary.cond.year", e.tierSchemeId(), e.tierId()),
                    tierScheme(e.tierSchemeId()), tier(e.tierSchemeId(), e.tierId()));
            case EligibilityCondition.YearTotalAbove e -> phrase(e.inclusive() ? "summary.cond.totalAtLeast"
                    : "summary.cond.totalAbove", e.threshold());
            case EligibilityCondition.NoVeto n -> phrase("summary.cond.noVeto");
        };
    }

    List<SummaryLine> consequences() {
        List<SummaryLine> lines = new ArrayList<>();
        for (ConsequenceRule rule : scheme.consequenceRules()) {
            FollowUp f = rule.followUp();
            String action = f.description() != null && !f.description().isBlank() ? f.description() : rule.name();
            List<Phrase> notes = new ArrayList<>();
            if (f.due() != FollowUp.Due.NONE) {
                notes.add(phrase("summary.due." + f.due().name(), f.days()));
            }
            if (!rule.statuses().isEmpty()) {
                notes.add(phrase("summary.onlyFor", rule.statuses().stream().sorted().toList()));
            }
            lines.add(new SummaryLine(0, phrase("summary.consequence", trigger(rule), action), notes));
        }
        return lines;
    }

    private Phrase trigger(ConsequenceRule rule) {
        Phrase level = level(rule.level());
        return switch (rule.trigger()) {
            case ConsequenceTrigger.BottomN b -> phrase("summary.trigger.bottom", level, b.n());
            case ConsequenceTrigger.TopN t -> phrase("summary.trigger.top", level, t.n());
            case ConsequenceTrigger.AtOrBelowTier t -> phrase(worst("summary.trigger.atOrBelow", t.tierSchemeId(),
                    t.tierId()), level, tierScheme(t.tierSchemeId()), tier(t.tierSchemeId(), t.tierId()));
            case ConsequenceTrigger.ConsecutiveAtOrBelow t -> phrase(worst("summary.trigger.consecutive",
                    t.tierSchemeId(), t.tierId()), level, tierScheme(t.tierSchemeId()),
                    tier(t.tierSchemeId(), t.tierId()), t.times());
            case ConsequenceTrigger.NthTimeAtOrBelow t -> phrase(worst("summary.trigger.nth", t.tierSchemeId(),
                    t.tierId()), level, tierScheme(t.tierSchemeId()), tier(t.tierSchemeId(), t.tierId()), t.nth());
        };
    }

    List<SummaryLine> workflow() {
        List<SummaryLine> lines = new ArrayList<>();
        var w = scheme.workflow();
        if (!w.steps().isEmpty()) {
            lines.add(SummaryLine.of(0, "summary.workflow.steps",
                    String.join(" → ", w.steps().stream().map(ReviewStep::name).toList())));
        }
        if (w.publicationWindowDays() > 0) {
            lines.add(SummaryLine.of(0, "summary.workflow.publication", w.publicationWindowDays()));
        }
        if (w.objectionAnswerDays() > 0) {
            lines.add(SummaryLine.of(0, "summary.workflow.objection", w.objectionAnswerDays()));
        }
        return lines;
    }

    /** The period a tier scale or consequence looks at, in words (季度, 年度 …). */
    private Phrase level(Level level) {
        PeriodUnit u = switch (level) {
            case PERIOD -> period.assessedUnit();
            case INTERIM -> period.interimUnit() == null ? period.assessedUnit() : period.interimUnit();
            case YEAR -> PeriodUnit.YEAR;
        };
        return u == PeriodUnit.YEAR ? phrase("summary.level.YEAR") : unit(u);
    }

    /** "四星及以上" reads oddly for the best tier itself ("五星及以上"): the best tier is said plainly. */
    private String best(String key, String schemeId, String tierId) {
        return position(schemeId, tierId) == 0 ? key + ".best" : key;
    }

    /** Likewise "不合格及以下" for the lowest tier. */
    private String worst(String key, String schemeId, String tierId) {
        return scheme.tierScheme(schemeId).map(t -> position(schemeId, tierId) == t.tiers().size() - 1).orElse(false)
                ? key + ".worst" : key;
    }

    private int position(String schemeId, String tierId) {
        return scheme.tierScheme(schemeId).map(t -> t.tiers().stream().map(Tier::id).toList().indexOf(tierId))
                .orElse(-1);
    }

    private String tierScheme(String id) {
        return scheme.tierScheme(id).map(TierScheme::name).orElse(id);
    }

    private String tier(String schemeId, String tierId) {
        return scheme.tierScheme(schemeId).flatMap(t -> t.tiers().stream().filter(x -> x.id().equals(tierId))
                .findFirst()).map(Tier::name).orElse(tierId);
    }
}
