package io.jifen.ledger;

import java.time.LocalDate;

/**
 * Published (as a Spring application event, listened to after commit) when an entry starts to count: confirmed by
 * its last review step, confirmed as recorded, or a reversal that cancels one. The scores update the member's
 * results of the period of {@code date}.
 */
public record EntryConfirmed(long entryId, long memberId, LocalDate date) {
}
