package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import java.time.Instant;

/**
 * One line of the review queue: the entry with the names a reviewer reads.
 *
 * @param itemName     the item's name in the scheme in force, or its id when the scheme is gone
 * @param stepName     the step's name in the workflow; null for the default branch review
 * @param waitingSince when the entry reached its current step (recorded, or the previous decision)
 */
public record QueueRow(Entry entry, String memberName, String unitName, String itemName, String stepName,
        boolean evidenceRequired, Instant waitingSince) {

    public long id() {
        return entry.getId();
    }
}
