package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 等次 / 星级: a named band. A score belongs to the tier with the highest {@code min} not above it; exactly one tier
 * per scheme has {@code min == null} and is the lowest (what a veto forces).
 */
public record Tier(String id, String name, BigDecimal min) {

    public Tier {
        Objects.requireNonNull(id, "id");
        min = Points.scaleOrNull(min);
    }

    public static Tier atLeast(String id, String name, String min) {
        return new Tier(id, name, Points.of(min));
    }

    public static Tier lowest(String id, String name) {
        return new Tier(id, name, null);
    }
}
