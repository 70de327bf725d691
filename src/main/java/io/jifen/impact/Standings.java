package io.jifen.impact;

import io.jifen.impact.ImpactRow.TierChange;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TierResult;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one version's results for the span containing a day, and says how a tier moved between two versions. */
final class Standings {

    private Standings() {
    }

    /** The assessed period (or evaluation year) of {@code scheme} containing {@code day}. */
    static Period spanOf(SchemeVersion scheme, ImpactSpan span, LocalDate day) {
        Period year = scheme.periodRule().evaluationYearOf(day);
        return span == ImpactSpan.YEAR ? year : scheme.periodRule().assessedUnit()
                .windowOf(day, scheme.periodRule().yearStartMonth());
    }

    /** Each scored member's standing in {@code span}, by member id. */
    static Map<Long, Standing> of(Results results, ImpactSpan span, Period period) {
        Map<Long, Standing> out = new HashMap<>();
        for (MemberResult m : results.members()) {
            standing(m, span, period).ifPresent(s -> out.put(Long.valueOf(m.memberId()), s));
        }
        return out;
    }

    private static Optional<Standing> standing(MemberResult m, ImpactSpan span, Period period) {
        if (span == ImpactSpan.YEAR) {
            return m.years().stream().filter(y -> y.period().equals(period)).findFirst()
                    .map(y -> standing(y.total().value(), y.tiers(), y.rankInUnit()));
        }
        return m.period(period).map(p -> standing(p.total().value(), p.tiers(), p.rankInUnit()));
    }

    private static Standing standing(java.math.BigDecimal total, List<TierResult> tiers, Rank rank) {
        TierResult tier = tiers.isEmpty() ? null : tiers.getFirst();
        return new Standing(total, tier == null ? null : tier.tierSchemeId(), tier == null ? null : tier.tierId(),
                tier == null ? null : tier.tierName(), rank == null ? null : rank.position(),
                rank == null ? null : rank.of());
    }

    /**
     * Up or down by the draft's order of tiers (position 0 is the best), else by the order in force; a tier neither
     * knows both of (renamed tiers) moves the way the total does.
     */
    static TierChange change(Standing now, Standing draft, SchemeVersion draftScheme, SchemeVersion inForce) {
        if (now == null || draft == null || now.tierId() == null || draft.tierId() == null
                || (now.tierId().equals(draft.tierId()) && now.tierSchemeId().equals(draft.tierSchemeId()))) {
            return TierChange.NONE;
        }
        for (SchemeVersion scheme : inForce == null ? List.of(draftScheme) : List.of(draftScheme, inForce)) {
            Optional<TierScheme> tiers = scheme.tierScheme(draft.tierSchemeId());
            if (tiers.isPresent() && knows(tiers.get(), now.tierId()) && knows(tiers.get(), draft.tierId())) {
                int before = tiers.get().rankOf(now.tierId());
                int after = tiers.get().rankOf(draft.tierId());
                return after == before ? TierChange.NONE : after < before ? TierChange.UP : TierChange.DOWN;
            }
        }
        return draft.total().compareTo(now.total()) >= 0 ? TierChange.UP : TierChange.DOWN;
    }

    private static boolean knows(TierScheme tiers, String tierId) {
        return tiers.tiers().stream().anyMatch(t -> t.id().equals(tierId));
    }
}
