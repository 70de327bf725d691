package io.jifen.scoring;

import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.EligibilityResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import io.jifen.scoring.result.TierResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rolls a member's assessed periods of one calendar year into the annual (cycle) score. The total cap is applied
 * again to the annual figure, computed from the <em>uncapped</em> period totals: S8 averages four quarters and
 * then keeps what is above 100 as the cycle's reward points. Annual reward points are that annual overflow only
 * (period overflows are informative and are not added on top, which would count them twice).
 */
final class AnnualRollUp {

    private AnnualRollUp() {
    }

    /**
     * @param y        the evaluation year (a calendar year unless the period rule starts it in another month)
     * @param interims the member's interim results in that year (rule 2); when there are any, SUM and
     *                 AVERAGE_OF_SUBPERIODS roll them up instead of the assessed periods (the year is the mean of
     *                 the quarters, not of the months)
     */
    static AnnualResult roll(SchemeIndex index, MemberScorer scorer, ScoredMember m, MemberClass mc, Period y,
            List<PeriodResult> periods, List<InterimResult> interims, int unitsInYear) {
        int year = y.year();
        PeriodRule rule = index.scheme.periodRule();
        RuleRef rollRef = RuleRef.of(Kind.ROLL_UP, rule.rollUp().name());
        // one period: its ids as they are; several: merged without repeats (distinct FactIds either way)
        FactIds facts = periods.size() == 1 ? FactIds.of(periods.getFirst().points().factIds())
                : FactIds.distinctConcat(periods.stream().map(p -> p.points().factIds()).toList());
        boolean byInterim = !interims.isEmpty();
        BigDecimal sumRaw = byInterim
                ? interims.stream().map(p -> p.rawTotal().value()).reduce(Points.ZERO, BigDecimal::add)
                : periods.stream().map(p -> p.rawTotal().value()).reduce(Points.ZERO, BigDecimal::add);
        BigDecimal sumPoints = periods.stream().map(p -> p.points().value()).reduce(Points.ZERO, BigDecimal::add);
        Explained yearBase = scorer.base(mc, y.overlapDays(m.transferredIn(), m.transferredOut()), y.days(),
                () -> Phrase.of("span.year", year));
        boolean basePlusAccumulated = rule.rollUp() == RollUp.BASE_PLUS_ACCUMULATED
                || (rule.rollUp() == RollUp.SUM && !rule.reset());
        int n = byInterim ? interims.size() : periods.size();
        Explained raw;
        if (basePlusAccumulated) {
            BigDecimal v = yearBase.value().add(sumPoints);
            raw = Explained.lazy(v, () -> Phrase.of("year.basePlusPoints", yearBase.value(), n, sumPoints, v), facts,
                    index.rules.of(rollRef, RuleRef.of(Kind.MEMBER_CLASS, mc.id())));
        } else if (rule.rollUp() == RollUp.SUM) {
            raw = Explained.lazy(sumRaw, () -> Phrase.of(byInterim ? "year.sumInterims" : "year.sumPeriods", n,
                    sumRaw), facts, index.rules.of(rollRef));
        } else {
            BigDecimal v = Points.divide(sumRaw, BigDecimal.valueOf(n));
            raw = Explained.lazy(v, () -> Phrase.of(byInterim ? "year.averageInterims" : "year.averagePeriods",
                    sumRaw, n, v), facts,
                    index.rules.of(rollRef));
        }
        Capped capped = Capped.apply(rule, raw, index.rules);
        List<String> vetoFacts = periods.stream().flatMap(p -> p.vetoFactIds().stream()).toList();
        boolean veto = !vetoFacts.isEmpty();
        List<TierResult> tiers = Grading.tiers(index.scheme, index.rules, Level.YEAR, capped.total(), veto, vetoFacts);
        boolean complete = periods.size() == unitsInYear
                && periods.stream().allMatch(p -> !p.partial());
        List<EligibilityResult> eligibility = index.scheme.eligibilityRules().stream()
                .filter(r -> r.appliesTo(m.status()))
                .map(r -> eligibility(index, r, periods, capped.total().value(), tiers, veto)).toList();
        return new AnnualResult(year, complete, periods.size(), raw, capped.total(), capped.overflow(),
                capped.reward(), veto, tiers, null, null, eligibility, y);
    }

    private static EligibilityResult eligibility(SchemeIndex index, EligibilityRule rule, List<PeriodResult> periods,
            BigDecimal total, List<TierResult> yearTiers, boolean veto) {
        boolean all = true;
        List<Phrase> reasons = new ArrayList<>();
        for (EligibilityCondition c : rule.conditions()) {
            boolean ok = switch (c) {
                case EligibilityCondition.EveryPeriodAtLeast e -> !periods.isEmpty() && periods.stream().allMatch(
                        p -> atLeast(index, p.tier(e.tierSchemeId()), e.tierSchemeId(), e.tierId()));
                case EligibilityCondition.YearAtLeast e -> atLeast(index,
                        yearTiers.stream().filter(t -> t.tierSchemeId().equals(e.tierSchemeId())).findFirst(),
                        e.tierSchemeId(), e.tierId());
                case EligibilityCondition.YearTotalAbove e -> e.inclusive()
                        ? total.compareTo(e.threshold()) >= 0 : total.compareTo(e.threshold()) > 0;
                case EligibilityCondition.NoVeto n -> !veto;
            };
            reasons.add(Phrase.of(ok ? "eligibility.met" : "eligibility.notMet", condition(index, c)));
            all &= ok;
        }
        return new EligibilityResult(rule.id(), rule.name(), all, reasons);
    }

    /** The condition in words, naming tiers by the scheme's own names. */
    private static Phrase condition(SchemeIndex index, EligibilityCondition c) {
        return switch (c) {
            case EligibilityCondition.EveryPeriodAtLeast e -> Phrase.of("condition.everyPeriodAtLeast",
                    Grading.tierName(index.scheme, e.tierSchemeId(), e.tierId()));
            case EligibilityCondition.YearAtLeast e -> Phrase.of("condition.yearAtLeast",
                    Grading.tierName(index.scheme, e.tierSchemeId(), e.tierId()));
            case EligibilityCondition.YearTotalAbove e -> Phrase.of(e.inclusive() ? "condition.yearTotalAtLeast"
                    : "condition.yearTotalAbove", e.threshold());
            case EligibilityCondition.NoVeto n -> Phrase.of("condition.noVeto");
        };
    }

    private static boolean atLeast(SchemeIndex index, Optional<TierResult> tier, String tierSchemeId, String min) {
        Optional<TierScheme> ts = index.scheme.tierScheme(tierSchemeId);
        return tier.isPresent() && ts.isPresent() && ts.get().atLeast(tier.get().tierId(), min);
    }
}
