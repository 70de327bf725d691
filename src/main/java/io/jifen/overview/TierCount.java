package io.jifen.overview;

/**
 * How many stored results of a period fall in a tier.
 *
 * @param tierId   the tier's id, or null for results without a tier (not graded at this level)
 * @param tierName the tier's name as the scheme has it, or null
 */
public record TierCount(String tierId, String tierName, int members) {
}
