package io.jifen.scoring.model;

import java.math.BigDecimal;

/**
 * The documented range and precision of every number in a scheme document and in a simulation's facts. This is the
 * one place the bounds live: scheme validation ({@code io.jifen.scheme.validation.NumberChecks}) and the simulation
 * input refuse anything outside them, the JSON Schema ({@code templates/scheme-document.schema.json}) has one
 * {@code $defs} entry per constant and {@code docs/scheme-format.md} one table row per constant; tests keep both in
 * step with this type.
 *
 * <p>Why these figures: no seed comes near them (the largest total cap is 100, the largest count cap 6, the finest
 * weight 0.5), and they keep the engine exact with room to spare. One fact is worth at most 10,000.00 points ×
 * 10,000 occurrences = 10¹⁰ cents, so a long of cents needs about 900 million such facts on one item of one member
 * before it could overflow; the engine checks its sums anyway and fails loudly rather than flip a sign.
 */
public enum NumberBound {

    /** One occurrence: a {@code Fixed} item's points, reviewer-range and option min / max, a fact's entered value. */
    POINTS("-10000", "10000", 2),
    /** Totals: category caps, item points caps, the total cap, base scores, tier and eligibility thresholds. */
    TOTAL("-1000000", "1000000", 2),
    /** A category's weight: a factor in (0, 1], so four decimals leave 0.0001 as the smallest. */
    WEIGHT("0.0001", "1", 4),
    /** Occurrences: a fact's count, an item's count cap, a consequence's {@code n}, {@code times}, {@code nth}. */
    COUNT("1", "10000", 0),
    /** Days (or months, for {@code WITHIN_MONTHS}) of workflow windows and follow-ups. */
    DAYS("0", "366", 0),
    /** Version numbers and display order. */
    ORDINAL("-1000000", "1000000", 0),
    /** A month of the year: the first month of the evaluation year (rule 2). */
    MONTH("1", "12", 0);

    private final BigDecimal min;
    private final BigDecimal max;
    private final int decimals;

    NumberBound(String min, String max, int decimals) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.decimals = decimals;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** Decimal places allowed; 0 means a whole number. */
    public int decimals() {
        return decimals;
    }

    public boolean inRange(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public boolean inRange(long value) {
        return inRange(BigDecimal.valueOf(value));
    }

    /** {@code 12.50} has one decimal place that counts, {@code 12.345} three; trailing zeros do not count. */
    public boolean hasAllowedDecimals(BigDecimal value) {
        return decimalsOf(value) <= decimals;
    }

    /** In range and not more precise than allowed. */
    public boolean allows(BigDecimal value) {
        return inRange(value) && hasAllowedDecimals(value);
    }

    public static int decimalsOf(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
    }
}
