package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** All points are BigDecimal with scale 2, HALF_UP: S10's "× 50 %" produces halves, and we never want binary floats. */
public final class Points {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    /**
     * Shared instances of −200.00 … 200.00, made on first use: results of 100,000 members repeat the same few values
     * (issue 3). A race may make one twice, which is harmless: BigDecimal is immutable with final fields.
     */
    private static final int SHARED_CENTS = 20_000;
    private static final BigDecimal[] SHARED = new BigDecimal[2 * SHARED_CENTS + 1];

    private Points() {
    }

    /** {@code cents / 100} at scale 2; a shared instance for common values. */
    public static BigDecimal ofCents(long cents) {
        if (cents < -SHARED_CENTS || cents > SHARED_CENTS) {
            return BigDecimal.valueOf(cents, SCALE);
        }
        int i = (int) cents + SHARED_CENTS;
        BigDecimal v = SHARED[i];
        if (v == null) {
            v = BigDecimal.valueOf(cents, SCALE);
            SHARED[i] = v;
        }
        return v;
    }

    /** An equal value (same scale) that may be a shared instance: for numbers that are kept in results. */
    public static BigDecimal share(BigDecimal value) {
        if (value.scale() != SCALE || value.precision() > 8) {
            return value;
        }
        return ofCents(value.unscaledValue().longValue());
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
