package io.jifen.scoring;

import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.TierResult;
import io.jifen.scoring.result.TriggeredConsequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies consequence rules to one member's ranked results, in time order. */
final class Consequences {

    private Consequences() {
    }

    /** One graded result, period or year, seen uniformly. */
    private record Graded(Period period, List<TierResult> tiers, Rank unit, Rank org) {
    }

    static List<TriggeredConsequence> find(SchemeVersion scheme, ScoredMember m, List<PeriodResult> periods,
            List<AnnualResult> years) {
        return find(scheme, m, periods, List.of(), years);
    }

    static List<TriggeredConsequence> find(SchemeVersion scheme, ScoredMember m, List<PeriodResult> periods,
            List<InterimResult> interims, List<AnnualResult> years) {
        List<TriggeredConsequence> out = new ArrayList<>();
        for (ConsequenceRule rule : scheme.consequenceRules()) {
            if (!rule.appliesTo(m.status())) {
                continue;
            }
            List<Graded> seq = switch (rule.level()) {
                case PERIOD -> periods.stream().map(p -> new Graded(p.period(), p.tiers(), p.rankInUnit(),
                        p.rankInOrganization())).toList();
                case INTERIM -> interims.stream().map(i -> new Graded(i.period(), i.tiers(), i.rankInUnit(),
                        i.rankInOrganization())).toList();
                case YEAR -> years.stream().map(y -> new Graded(y.period(), y.tiers(), y.rankInUnit(),
                        y.rankInOrganization())).toList();
            };
            int run = 0;
            int times = 0;
            for (Graded g : seq) {
                Phrase reason = switch (rule.trigger()) {
                    case ConsequenceTrigger.BottomN b -> {
                        Rank r = b.scope() == RankScope.UNIT ? g.unit() : g.org();
                        yield r != null && r.fromBottom() <= b.n()
                                ? Phrase.of("consequence.bottomN", r.position(), r.of(), b.scope(), b.n()) : null;
                    }
                    case ConsequenceTrigger.TopN t -> {
                        Rank r = t.scope() == RankScope.UNIT ? g.unit() : g.org();
                        yield r != null && r.position() <= t.n()
                                ? Phrase.of("consequence.topN", r.position(), r.of(), t.scope(), t.n()) : null;
                    }
                    case ConsequenceTrigger.AtOrBelowTier t -> atOrBelow(scheme, g, t.tierSchemeId(), t.tierId())
                            .map(n -> Phrase.of("consequence.atOrBelow", n,
                                    Grading.tierName(scheme, t.tierSchemeId(), t.tierId()))).orElse(null);
                    case ConsequenceTrigger.ConsecutiveAtOrBelow t -> {
                        Optional<String> hit = atOrBelow(scheme, g, t.tierSchemeId(), t.tierId());
                        run = hit.isPresent() ? run + 1 : 0;
                        yield run == t.times() ? Phrase.of("consequence.consecutive", t.times(),
                                Grading.tierName(scheme, t.tierSchemeId(), t.tierId()), hit.get()) : null;
                    }
                    case ConsequenceTrigger.NthTimeAtOrBelow t -> {
                        Optional<String> hit = atOrBelow(scheme, g, t.tierSchemeId(), t.tierId());
                        times += hit.isPresent() ? 1 : 0;
                        yield hit.isPresent() && times == t.nth() ? Phrase.of("consequence.nthTime", t.nth(),
                                Grading.tierName(scheme, t.tierSchemeId(), t.tierId()), hit.get()) : null;
                    }
                };
                if (reason != null) {
                    out.add(new TriggeredConsequence(rule.id(), m.id(), rule.level(), g.period(), rule.followUp(),
                            Phrase.of("consequence.in", g.period(), reason)));
                }
            }
        }
        return out;
    }

    /** The tier name when the graded result is at or below {@code tierId}, else empty. */
    private static Optional<String> atOrBelow(SchemeVersion scheme, Graded g, String tierSchemeId, String tierId) {
        var ts = scheme.tierScheme(tierSchemeId).orElseThrow(
                () -> new IllegalArgumentException("consequence names unknown tier scheme " + tierSchemeId));
        return g.tiers().stream().filter(t -> t.tierSchemeId().equals(tierSchemeId))
                .filter(t -> ts.rankOf(t.tierId()) >= ts.rankOf(tierId)).map(TierResult::tierName).findFirst();
    }
}
