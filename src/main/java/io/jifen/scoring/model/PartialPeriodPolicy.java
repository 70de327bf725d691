package io.jifen.scoring.model;

/**
 * What to do with an assessed period a member covers only in part (transfer in / out mid-period). Facts dated
 * outside the membership are always ignored; this only decides the base and whether the period is assessed.
 */
public enum PartialPeriodPolicy {
    /** assessed; base × covered days ÷ period days (default: fair to a member who arrives late) */
    PRO_RATE_BASE,
    /** assessed with the full base */
    FULL_BASE,
    /** not assessed at all; only fully covered periods count (and their facts are ignored) */
    COVERED_ONLY
}
