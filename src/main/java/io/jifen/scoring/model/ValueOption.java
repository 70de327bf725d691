package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option / level of an item. A fixed option has {@code min == max} (S10 奖励: external journal 5); a range option
 * lets the reviewer enter a value inside it (S10 评议 优秀 23–25).
 */
public record ValueOption(String code, String label, BigDecimal min, BigDecimal max) {

    public ValueOption {
        Objects.requireNonNull(code, "code");
        min = Points.scale(Objects.requireNonNull(min, "min"));
        max = Points.scale(Objects.requireNonNull(max, "max"));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("option " + code + ": min > max");
        }
    }

    public static ValueOption fixed(String code, String label, String points) {
        return new ValueOption(code, label, Points.of(points), Points.of(points));
    }

    public static ValueOption range(String code, String label, String min, String max) {
        return new ValueOption(code, label, Points.of(min), Points.of(max));
    }

    public boolean isFixed() {
        return min.compareTo(max) == 0;
    }
}
