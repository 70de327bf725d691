package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 积分周期: what is assessed and how it rolls up into the year.
 *
 * @param reset            true: every period starts from zero and gets the class base (S9 每季季初清零); false: the
 *                         base is granted once a year and each period's total is the running year-to-date score (S6)
 * @param totalCap         cap on the total of a period and of the year (S8: 100); null = none
 * @param overflowAsReward points above the total cap are kept as reward points (S8 "超出分值作为奖励积分")
 */
public record PeriodRule(PeriodUnit assessedUnit, boolean reset, RollUp rollUp, BigDecimal totalCap,
        boolean overflowAsReward, PartialPeriodPolicy partialPeriods) {

    public PeriodRule {
        Objects.requireNonNull(assessedUnit, "assessedUnit");
        rollUp = rollUp == null ? RollUp.SUM : rollUp;
        totalCap = Points.scaleOrNull(totalCap);
        partialPeriods = partialPeriods == null ? PartialPeriodPolicy.PRO_RATE_BASE : partialPeriods;
    }

    public PeriodRule withPartialPeriods(PartialPeriodPolicy p) {
        return new PeriodRule(assessedUnit, reset, rollUp, totalCap, overflowAsReward, p);
    }
}
