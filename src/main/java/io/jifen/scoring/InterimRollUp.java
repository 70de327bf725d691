package io.jifen.scoring;

import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 2: the interim level of a period rule (S5: monthly scores, quarterly results and publication). Each interim
 * period of a member rolls up the assessed periods inside it — their totals before the total cap, summed or
 * averaged — and is capped, graded and (later) ranked like an assessed period.
 */
final class InterimRollUp {

    private InterimRollUp() {
    }

    /** The member's interim results in time order; empty when the period rule has no interim level. */
    static List<InterimResult> roll(SchemeIndex index, List<PeriodResult> periods) {
        PeriodRule rule = index.scheme.periodRule();
        if (rule.interimUnit() == null) {
            return List.of();
        }
        Map<Period, List<PeriodResult>> byInterim = new LinkedHashMap<>();
        for (PeriodResult p : periods) {
            byInterim.computeIfAbsent(rule.interimUnit().windowOf(p.period().start(), rule.yearStartMonth()),
                    k -> new ArrayList<>()).add(p);
        }
        List<InterimResult> out = new ArrayList<>();
        byInterim.forEach((interim, ps) -> out.add(interim(index, rule, interim, ps)));
        return out;
    }

    private static InterimResult interim(SchemeIndex index, PeriodRule rule, Period interim, List<PeriodResult> ps) {
        BigDecimal sum = ps.stream().map(p -> p.rawTotal().value()).reduce(Points.ZERO, BigDecimal::add);
        int n = ps.size();
        boolean average = rule.interimRollUp() == RollUp.AVERAGE_OF_SUBPERIODS;
        BigDecimal value = Points.share(average ? Points.divide(sum, BigDecimal.valueOf(n)) : sum);
        FactIds facts = n == 1 ? FactIds.of(ps.getFirst().points().factIds())
                : FactIds.distinctConcat(ps.stream().map(p -> p.points().factIds()).toList());
        Explained raw = Explained.lazy(value, () -> average
                ? Phrase.of("interim.average", n, sum, value, interim) : Phrase.of("interim.sum", n, sum, interim),
                facts,
                index.rules.of(RuleRef.of(Kind.INTERIM_ROLL_UP, rule.interimRollUp().name())));
        Capped capped = Capped.apply(rule, raw, index.rules);
        List<String> vetoFacts = ps.stream().flatMap(p -> p.vetoFactIds().stream()).toList();
        boolean veto = !vetoFacts.isEmpty();
        return new InterimResult(interim, n, raw, capped.total(), capped.overflow(), capped.reward(), veto,
                Grading.tiers(index.scheme, index.rules, Level.INTERIM, capped.total(), veto, vetoFacts), null, null);
    }
}
