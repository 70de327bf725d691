package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A limit on one item over a window longer than the assessed period (rule 1: "每次2分，全年最多12分" inside a
 * quarterly scheme). Occurrences are taken in date order across the window's periods; once the window's count or
 * points are used up, later occurrences in the same window count nothing. The window is counted from the scheme's
 * evaluation-year start ({@link PeriodRule#yearStartMonth()}).
 *
 * @param window    QUARTER, HALF_YEAR or YEAR, longer than the assessed unit and made of whole assessed periods
 * @param maxCount  occurrences that count in one window; null = unlimited
 * @param maxPoints points (magnitude) the item can give in one window; null = unlimited
 */
public record WindowCap(PeriodUnit window, Integer maxCount, BigDecimal maxPoints) {

    public WindowCap {
        Objects.requireNonNull(window, "window");
        if (maxCount != null && maxCount < 0) {
            throw new IllegalArgumentException("maxCount < 0");
        }
        maxPoints = Points.scaleOrNull(maxPoints);
        if (maxPoints != null && maxPoints.signum() < 0) {
            throw new IllegalArgumentException("maxPoints is a magnitude, must be ≥ 0");
        }
    }

    public static WindowCap points(PeriodUnit window, String maxPoints) {
        return new WindowCap(window, null, Points.of(maxPoints));
    }

    public static WindowCap count(PeriodUnit window, int maxCount) {
        return new WindowCap(window, maxCount, null);
    }
}
