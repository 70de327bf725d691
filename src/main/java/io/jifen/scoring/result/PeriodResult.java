package io.jifen.scoring.result;

import io.jifen.scoring.model.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One member in one assessed period.
 *
 * <ul>
 * <li>{@code coverage}: share of the period the member belonged to the organization (1 = whole period);</li>
 * <li>{@code base}: class base (pro-rated per the partial-period policy); with a non-resetting period rule the base
 *     is the year's, granted once;</li>
 * <li>{@code carried}: points of earlier periods of the same year (non-resetting period rule only, else 0);</li>
 * <li>{@code points}: Σ capped top-level categories of this period;</li>
 * <li>{@code rawTotal} = base + carried + points; {@code total} = rawTotal under the total cap; {@code overflow}
 *     = rawTotal − total; {@code rewardPoints} = overflow when the rule keeps it as reward points, else 0.</li>
 * </ul>
 * Ranks use {@code rawTotal}, so two members above the cap are still told apart.
 */
public record PeriodResult(Period period, BigDecimal coverage, Explained base, Explained carried,
        List<ItemResult> items, List<CategoryResult> categories, Explained points, Explained rawTotal,
        Explained total, Explained overflow, Explained rewardPoints, boolean veto, List<String> vetoFactIds,
        List<TierResult> tiers, Rank rankInUnit, Rank rankInOrganization) {

    public PeriodResult {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        vetoFactIds = List.copyOf(vetoFactIds);
        tiers = List.copyOf(tiers);
    }

    public boolean partial() {
        return coverage.compareTo(BigDecimal.ONE) < 0;
    }

    public Optional<CategoryResult> category(String categoryId) {
        return categories.stream().filter(c -> c.categoryId().equals(categoryId)).findFirst();
    }

    public Optional<ItemResult> item(String itemId) {
        return items.stream().filter(c -> c.itemId().equals(itemId)).findFirst();
    }

    public Optional<TierResult> tier(String tierSchemeId) {
        return tiers.stream().filter(t -> t.tierSchemeId().equals(tierSchemeId)).findFirst();
    }

    public PeriodResult withRanks(Rank unit, Rank organization) {
        return new PeriodResult(period, coverage, base, carried, items, categories, points, rawTotal, total, overflow,
                rewardPoints, veto, vetoFactIds, tiers, unit, organization);
    }
}
