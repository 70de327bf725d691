package io.jifen.scoring.result;

import io.jifen.scoring.model.Period;
import java.util.List;
import java.util.Optional;

/**
 * The annual (cycle) roll-up of one member for one evaluation year, over the periods evaluated. {@code year} is the
 * calendar year the evaluation year starts in, {@code period} its dates (a calendar year unless the period rule
 * starts the year in another month).
 * {@code complete} is false when the evaluated range or the membership did not cover the whole year.
 */
public record AnnualResult(int year, boolean complete, int periodsAssessed, Explained rawTotal, Explained total,
        Explained overflow, Explained rewardPoints, boolean veto, List<TierResult> tiers, Rank rankInUnit,
        Rank rankInOrganization, List<EligibilityResult> eligibility, Period period) {

    public AnnualResult {
        tiers = List.copyOf(tiers);
        eligibility = List.copyOf(eligibility);
    }

    public Optional<TierResult> tier(String tierSchemeId) {
        return tiers.stream().filter(t -> t.tierSchemeId().equals(tierSchemeId)).findFirst();
    }

    public boolean eligible(String ruleId) {
        return eligibility.stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.eligible());
    }

    public AnnualResult withRanks(Rank unit, Rank organization) {
        return new AnnualResult(year, complete, periodsAssessed, rawTotal, total, overflow, rewardPoints, veto, tiers,
                unit, organization, eligibility, period);
    }
}
