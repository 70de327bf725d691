package io.jifen.scoring.model;

import java.math.BigDecimal;

/** One condition of an {@link EligibilityRule}; all conditions of a rule must hold for a year. */
public sealed interface EligibilityCondition {

    /** Every assessed period of the year is at this tier or better (S9: 季度星级均在四星（含）以上). */
    record EveryPeriodAtLeast(String tierSchemeId, String tierId) implements EligibilityCondition {
    }

    /** The annual tier is this tier or better (S9: 年度星级原则上为五星级). */
    record YearAtLeast(String tierSchemeId, String tierId) implements EligibilityCondition {
    }

    /** The annual total is above a threshold (S1: 年度积分高于90分; {@code inclusive} says whether 90 itself counts). */
    record YearTotalAbove(BigDecimal threshold, boolean inclusive) implements EligibilityCondition {
    }

    /** No veto item was recorded in the year. */
    record NoVeto() implements EligibilityCondition {
    }
}
