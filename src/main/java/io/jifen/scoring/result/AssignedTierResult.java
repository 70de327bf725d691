package io.jifen.scoring.result;

import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;

/**
 * Rule 5: the tier an assembly gave an exempt member directly (S6), for one level and period of one tier scheme.
 * The tier's {@code basis} names the fact that recorded it; there is no score behind it.
 */
public record AssignedTierResult(Level level, Period period, TierResult tier) {
}
