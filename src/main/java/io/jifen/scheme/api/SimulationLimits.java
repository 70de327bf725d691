package io.jifen.scheme.api;

import io.jifen.scoring.model.NumberBound;

/**
 * How large a simulation may be: it runs the engine in memory on the caller's request, so without caps one request
 * could hold gigabytes of heap for minutes. The figures are documented in the README's API section.
 */
final class SimulationLimits {

    static final int MAX_MEMBERS = 5_000;
    static final int MAX_FACTS = 100_000;
    /** Facts are matched to members; bounds the work of grouping and checking them. */
    static final long MAX_MEMBERS_TIMES_FACTS = 20_000_000L;
    /** One result per member, category and period: bounds the size of the answer. */
    static final long MAX_MEMBERS_TIMES_CATEGORIES = 100_000L;
    /**
     * Months one simulation may cover with {@code from} / {@code to}: five years, enough history for consequences
     * over several years (S8 counts its 1st, 2nd, 3rd 基本合格), and at most 60 monthly periods per member.
     */
    static final int MAX_RANGE_MONTHS = 60;
    /** Occurrences one fact may carry: the format's count bound. */
    static final int MAX_COUNT = NumberBound.COUNT.max().intValueExact();

    private SimulationLimits() {
    }
}
