package io.jifen.impact;

import java.math.BigDecimal;

/**
 * A member's result under one version in the span compared.
 *
 * @param tierSchemeId the tier scheme the tier is of; null with the tier when the scheme grades nothing there
 * @param rank         position in the rank unit; null when the scheme does not rank
 * @param of           members ranked with them; null with {@code rank}
 */
public record Standing(BigDecimal total, String tierSchemeId, String tierId, String tierName, Integer rank,
        Integer of) {
}
