package io.jifen.scoring.result;

import io.jifen.scoring.model.Period;
import java.util.List;
import java.util.Optional;

/**
 * One member in one period of the interim level (rule 2: the quarter of a monthly scheme): {@code rawTotal} rolls
 * the member's assessed periods inside it up (sum or mean, per the period rule), {@code total} is under the total
 * cap, tiers and ranks as for an assessed period. {@code periodsAssessed} counts the assessed periods inside.
 */
public record InterimResult(Period period, int periodsAssessed, Explained rawTotal, Explained total,
        Explained overflow, Explained rewardPoints, boolean veto, List<TierResult> tiers, Rank rankInUnit,
        Rank rankInOrganization) {

    public InterimResult {
        tiers = List.copyOf(tiers);
    }

    public Optional<TierResult> tier(String tierSchemeId) {
        return tiers.stream().filter(t -> t.tierSchemeId().equals(tierSchemeId)).findFirst();
    }

    public InterimResult withRanks(Rank unit, Rank organization) {
        return new InterimResult(period, periodsAssessed, rawTotal, total, overflow, rewardPoints, veto, tiers, unit,
                organization);
    }
}
