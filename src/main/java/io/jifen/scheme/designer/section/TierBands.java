package io.jifen.scheme.designer.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The bands of one tier scale over the score axis, computed from the thresholds as they are typed (before any edit
 * reaches the draft). A tier covers [its min, the next better tier's min); the lowest tier (no min) covers everything
 * below. Two tiers with the same min, or two without min, <em>overlap</em> (one of them can never be reached); with
 * no tier without min the scores below the smallest min fall into a <em>gap</em> (no tier at all).
 *
 * @param bands    best-first
 * @param gapBelow the smallest min when no tier is the lowest, else null
 */
record TierBands(List<Band> bands, BigDecimal gapBelow, BigDecimal axisMin, BigDecimal axisMax) {

    /** One tier's band; {@code lower == null} means open downwards, {@code upper == null} open upwards. */
    record Band(int row, String name, BigDecimal lower, BigDecimal upper, boolean overlaps) {
    }

    /** A typed row: the tier's position in the grid, its name and its threshold (null = the lowest tier). */
    record Row(int row, String name, BigDecimal min) {
    }

    static TierBands of(List<Row> rows, BigDecimal scaleTop) {
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparing(Row::min, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<Band> bands = new ArrayList<>();
        BigDecimal upper = null;
        for (Row r : sorted) {
            boolean overlaps = rows.stream().anyMatch(o -> o != r && Objects.equals(o.min() == null ? null
                    : o.min().stripTrailingZeros(), r.min() == null ? null : r.min().stripTrailingZeros()));
            bands.add(new Band(r.row(), r.name(), r.min(), upper, overlaps));
            if (r.min() != null && (upper == null || r.min().compareTo(upper) < 0)) {
                upper = r.min();
            }
        }
        boolean hasLowest = rows.stream().anyMatch(r -> r.min() == null);
        BigDecimal smallest = rows.stream().map(Row::min).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal largest = rows.stream().map(Row::min).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal axisMin = smallest.signum() > 0 ? BigDecimal.ZERO : smallest.subtract(BigDecimal.TEN);
        BigDecimal top = scaleTop == null ? BigDecimal.valueOf(100) : scaleTop;
        BigDecimal axisMax = largest.compareTo(top) >= 0 ? largest.add(BigDecimal.TEN) : top;
        return new TierBands(bands, hasLowest || rows.isEmpty() ? null : smallest, axisMin, axisMax);
    }

    boolean hasOverlap() {
        return bands.stream().anyMatch(Band::overlaps);
    }

    boolean hasGap() {
        return gapBelow != null;
    }

    /** How many tiers have no min: a scale the model accepts has exactly one. */
    long lowestCount() {
        return bands.stream().filter(b -> b.lower() == null).count();
    }

    /** The band's start on the axis, in percent. */
    double startPercent(Band b) {
        return percent(b.lower() == null ? axisMin : b.lower());
    }

    double endPercent(Band b) {
        return percent(b.upper() == null ? axisMax : b.upper());
    }

    double percent(BigDecimal v) {
        double span = axisMax.subtract(axisMin).doubleValue();
        double at = v.subtract(axisMin).doubleValue();
        return span <= 0 ? 0 : Math.max(0, Math.min(100, at * 100 / span));
    }
}
