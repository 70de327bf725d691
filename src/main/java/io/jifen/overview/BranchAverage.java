package io.jifen.overview;

import java.math.BigDecimal;

/**
 * A child unit's results in a period: the members with a stored result and their average total (null if none).
 */
public record BranchAverage(long unitId, String name, int members, BigDecimal average) {
}
