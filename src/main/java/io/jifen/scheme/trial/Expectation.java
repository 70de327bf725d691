package io.jifen.scheme.trial;

import io.jifen.scoring.model.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a saved case expects for one member at one level and period: the total and the tier of one tier scheme.
 * A null total or tier is not checked.
 */
public record Expectation(String memberId, Level level, LocalDate start, LocalDate end, BigDecimal total,
        String tierSchemeId, String tierId) {

    public Expectation {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (tierId != null) {
            Objects.requireNonNull(tierSchemeId, "tierSchemeId");
        }
    }

    public Expectation withTotal(BigDecimal newTotal) {
        return new Expectation(memberId, level, start, end, newTotal, tierSchemeId, tierId);
    }

    public Expectation withTier(String newTierId) {
        return new Expectation(memberId, level, start, end, total, tierSchemeId, newTierId);
    }
}
