package io.jifen.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of a unit's frozen results for an assessed period (a row of {@code result_snapshot}).
 *
 * @param ledgerMark     the largest ledger entry id the results counted (0 when none)
 * @param entriesCounted how many confirmed entries of the period counted
 * @param windowTo       the last day objections are taken (inclusive), null before publishing
 * @param changes        what changed against the revision before, as JSON lines (null for revision 1)
 */
public record Snapshot(long id, long tenantId, long organizationId, String orgPath, LocalDate periodStart,
        LocalDate periodEnd, int revision, long schemeVersionId, long ledgerMark, int entriesCounted,
        SnapshotState state, LocalDate windowFrom, LocalDate windowTo, String changes, String frozenBy,
        Instant frozenAt, String publishedBy, Instant publishedAt, String closedBy, Instant closedAt) {

    /** Whether a member may still object on {@code day}. */
    public boolean windowOpenOn(LocalDate day) {
        return state == SnapshotState.PUBLISHED && windowFrom != null && !day.isBefore(windowFrom)
                && !day.isAfter(windowTo);
    }
}
