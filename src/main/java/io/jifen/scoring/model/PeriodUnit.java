package io.jifen.scoring.model;

import java.util.ArrayList;
import java.util.List;

/** The assessed unit of a scheme (月 / 季度 / 年度). */
public enum PeriodUnit {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    PeriodUnit(int months) {
        this.months = months;
    }

    /**
     * Splits a requested range into assessed periods. The range must start and end on unit boundaries: a YEAR
     * scheme cannot be evaluated "for Q1" without silently changing what its caps mean.
     */
    public List<Period> split(Period range) {
        return split(range, 1);
    }

    /** Months in one unit (1, 3, 6, 12). */
    public int months() {
        return months;
    }

    /**
     * As {@link #split(Period)}, with units counted from an evaluation year that starts in {@code yearStartMonth}
     * (S-like "evaluation year July to June": quarters Jul–Sep, …; half-years Jul–Dec, Jan–Jun; years Jul–Jun).
     */
    public List<Period> split(Period range, int yearStartMonth) {
        List<Period> out = new ArrayList<>();
        var start = range.start();
        if (start.getDayOfMonth() != 1 || Math.floorMod(start.getMonthValue() - yearStartMonth, months) != 0) {
            throw new IllegalArgumentException(range + " does not start on a " + this + " boundary");
        }
        while (!start.isAfter(range.end())) {
            var end = start.plusMonths(months).minusDays(1);
            if (end.isAfter(range.end())) {
                throw new IllegalArgumentException(range + " does not end on a " + this + " boundary");
            }
            out.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return out;
    }

    /** The window of this unit containing {@code day}, counted from an evaluation year starting in that month. */
    public Period windowOf(java.time.LocalDate day, int yearStartMonth) {
        int offset = Math.floorMod(day.getMonthValue() - yearStartMonth, months);
        var start = day.withDayOfMonth(1).minusMonths(offset);
        return new Period(start, start.plusMonths(months).minusDays(1));
    }

    /** True when this unit is longer than {@code other} and made of whole {@code other} units. */
    public boolean isMultipleOf(PeriodUnit other) {
        return months > other.months && months % other.months == 0;
    }
}
