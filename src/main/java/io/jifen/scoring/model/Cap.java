package io.jifen.scoring.model;

import java.math.BigDecimal;

/**
 * Bounds on signed points within one assessed period: a category's {@code min}/{@code max} (S9 否决 "最多扣20分" is
 * {@code min = −20}; S10 奖励 "最高不超过10分" is {@code max = 10}). A null bound is open.
 */
public record Cap(BigDecimal min, BigDecimal max) {

    public static final Cap NONE = new Cap(null, null);

    public Cap {
        min = Points.scaleOrNull(min);
        max = Points.scaleOrNull(max);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("cap min " + min + " > max " + max);
        }
    }

    public static Cap max(String max) {
        return new Cap(null, Points.of(max));
    }

    public static Cap min(String min) {
        return new Cap(Points.of(min), null);
    }

    public static Cap between(String min, String max) {
        return new Cap(Points.of(min), Points.of(max));
    }

    public boolean isOpen() {
        return min == null && max == null;
    }

    public BigDecimal clamp(BigDecimal value) {
        BigDecimal v = value;
        if (max != null && v.compareTo(max) > 0) {
            v = max;
        }
        if (min != null && v.compareTo(min) < 0) {
            v = min;
        }
        return v;
    }

    @Override
    public String toString() {
        return "[" + (min == null ? "−∞" : min.toPlainString()) + ", " + (max == null ? "+∞" : max.toPlainString()) + "]";
    }
}
