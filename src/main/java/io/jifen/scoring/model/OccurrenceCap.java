package io.jifen.scoring.model;

import java.math.BigDecimal;

/**
 * Per-period limit on one item: how many occurrences count ({@code maxCount}) and how many points (magnitude) the
 * item can give in total ({@code maxPoints}). Either may be null (unlimited).
 */
public record OccurrenceCap(Integer maxCount, BigDecimal maxPoints) {

    public static final OccurrenceCap NONE = new OccurrenceCap(null, null);

    public OccurrenceCap {
        if (maxCount != null && maxCount < 0) {
            throw new IllegalArgumentException("maxCount < 0");
        }
        maxPoints = Points.scaleOrNull(maxPoints);
        if (maxPoints != null && maxPoints.signum() < 0) {
            throw new IllegalArgumentException("maxPoints is a magnitude, must be ≥ 0");
        }
    }

    public static OccurrenceCap count(int maxCount) {
        return new OccurrenceCap(maxCount, null);
    }

    public static OccurrenceCap points(String maxPoints) {
        return new OccurrenceCap(null, Points.of(maxPoints));
    }
}
