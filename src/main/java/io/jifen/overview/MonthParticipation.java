package io.jifen.overview;

import java.time.YearMonth;

/**
 * One month of a subtree's participation.
 *
 * @param members members on the roster during the month (not archived before it, not transferred in after it nor
 *                out before it)
 * @param active  of them, those with at least one confirmed entry dated in the month (reversed entries do not count)
 * @param entries confirmed entries dated in the month, reversed ones and reversals left out
 */
public record MonthParticipation(YearMonth month, int members, int active, int entries) {

    /** Share of members with an entry, in percent with one decimal; 0 for a month without members. */
    public double ratePercent() {
        return members == 0 ? 0 : Math.round(active * 1000.0 / members) / 10.0;
    }
}
