package io.jifen.scoring.result;

/** The tier of one tier scheme for a period or a year; {@code forcedByVeto} when a veto entry overrode the score. */
public record TierResult(String tierSchemeId, String tierId, String tierName, boolean forcedByVeto,
        Explained basis) {
}
