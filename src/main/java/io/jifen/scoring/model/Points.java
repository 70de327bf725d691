package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** All points are BigDecimal with scale 2, HALF_UP: S10's "× 50 %" produces halves, and we never want binary floats. */
public final class Points {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Points() {
    }

    public static BigDecimal of(String value) {
        return scale(new BigDecimal(value));
    }

    public static BigDecimal of(long value) {
        return scale(BigDecimal.valueOf(value));
    }

    public static BigDecimal scale(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal scaleOrNull(BigDecimal value) {
        return value == null ? null : scale(value);
    }

    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return scale(a.multiply(b));
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, SCALE, RoundingMode.HALF_UP);
    }

    public static String fmt(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }
}
