package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 党员层次: members grouped by role / age / health, each with its own base score (S6 新坝乡: 10/20/30/50).
 *
 * @param baseScore points granted per assessed period when the period rule resets, or once per year when it does not
 */
public record MemberClass(String id, String name, BigDecimal baseScore, ExemptionRule exemption, int order) {

    public MemberClass {
        Objects.requireNonNull(id, "id");
        baseScore = baseScore == null ? Points.ZERO : Points.scale(baseScore);
        exemption = exemption == null ? ExemptionRule.NOT_ALLOWED : exemption;
    }

    public static MemberClass of(String id, String name, String base, ExemptionRule exemption) {
        return new MemberClass(id, name, Points.of(base), exemption, 0);
    }
}
