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
 * @param yearStartMonth   first month of the evaluation year (1 = calendar year; 7 = July to June); every window,
 *                         the annual roll-up and annual tiers and ranks follow it
 * @param interimUnit      optional level between the assessed unit and the year with its own results, tiers and
 *                         ranks (S5: monthly scores, quarterly results); the year then rolls up the interim results
 *                         (the mean of the quarters, not of the months); null = none
 * @param interimRollUp    how the assessed periods of one interim period make its total: SUM or
 *                         AVERAGE_OF_SUBPERIODS; null when there is no interim level
 */
public record PeriodRule(PeriodUnit assessedUnit, boolean reset, RollUp rollUp, BigDecimal totalCap,
        boolean overflowAsReward, PartialPeriodPolicy partialPeriods, int yearStartMonth, PeriodUnit interimUnit,
        RollUp interimRollUp) {

    /** A calendar-year rule without interim level, as every scheme before rule 2. */
    public PeriodRule(PeriodUnit assessedUnit, boolean reset, RollUp rollUp, BigDecimal totalCap,
            boolean overflowAsReward, PartialPeriodPolicy partialPeriods) {
        this(assessedUnit, reset, rollUp, totalCap, overflowAsReward, partialPeriods, 1, null, null);
    }

    public PeriodRule {
        Objects.requireNonNull(assessedUnit, "assessedUnit");
        rollUp = rollUp == null ? RollUp.SUM : rollUp;
        totalCap = Points.scaleOrNull(totalCap);
        partialPeriods = partialPeriods == null ? PartialPeriodPolicy.PRO_RATE_BASE : partialPeriods;
        yearStartMonth = yearStartMonth == 0 ? 1 : yearStartMonth;
        if (yearStartMonth < 1 || yearStartMonth > 12) {
            throw new IllegalArgumentException("yearStartMonth " + yearStartMonth + " is not a month");
        }
        interimRollUp = interimUnit == null ? null : interimRollUp == null ? RollUp.SUM : interimRollUp;
    }

    public PeriodRule withAssessedUnit(PeriodUnit u) {
        return new PeriodRule(u, reset, rollUp, totalCap, overflowAsReward, partialPeriods, yearStartMonth,
                interimUnit, interimRollUp);
    }

    public PeriodRule withReset(boolean r) {
        return new PeriodRule(assessedUnit, r, rollUp, totalCap, overflowAsReward, partialPeriods, yearStartMonth,
                interimUnit, interimRollUp);
    }

    public PeriodRule withRollUp(RollUp r) {
        return new PeriodRule(assessedUnit, reset, r, totalCap, overflowAsReward, partialPeriods, yearStartMonth,
                interimUnit, interimRollUp);
    }

    public PeriodRule withTotalCap(BigDecimal cap, boolean overflow) {
        return new PeriodRule(assessedUnit, reset, rollUp, cap, overflow, partialPeriods, yearStartMonth,
                interimUnit, interimRollUp);
    }

    public PeriodRule withPartialPeriods(PartialPeriodPolicy p) {
        return new PeriodRule(assessedUnit, reset, rollUp, totalCap, overflowAsReward, p, yearStartMonth,
                interimUnit, interimRollUp);
    }

    public PeriodRule withYearStart(int month) {
        return new PeriodRule(assessedUnit, reset, rollUp, totalCap, overflowAsReward, partialPeriods, month,
                interimUnit, interimRollUp);
    }

    public PeriodRule withInterim(PeriodUnit unit, RollUp interimRoll) {
        return new PeriodRule(assessedUnit, reset, rollUp, totalCap, overflowAsReward, partialPeriods,
                yearStartMonth, unit, interimRoll);
    }

    /** The evaluation year containing {@code day}. */
    public Period evaluationYearOf(java.time.LocalDate day) {
        return PeriodUnit.YEAR.windowOf(day, yearStartMonth);
    }

    /** The evaluation year that starts in {@code year} (the calendar year itself when the year starts in January). */
    public Period evaluationYear(int year) {
        var start = java.time.LocalDate.of(year, yearStartMonth, 1);
        return new Period(start, start.plusYears(1).minusDays(1));
    }
}
