package io.jifen.scoring.model;

import java.util.ArrayList;
import java.util.List;

/** The assessed unit of a scheme (月 / 季度 / 年度). */
public enum PeriodUnit {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PeriodUnit(int months) {
        this.months = months;
    }

    /**
     * Splits a requested range into assessed periods. The range must start and end on unit boundaries: a YEAR
     * scheme cannot be evaluated "for Q1" without silently changing what its caps mean.
     */
    public List<Period> split(Period range) {
        List<Period> out = new ArrayList<>();
        var start = range.start();
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % months != 0) {
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
}
