package io.jifen.ledger.review;

import io.jifen.ledger.EntrySource;
import java.time.LocalDate;

/**
 * The review queue's filters; every field may be null (no filter).
 *
 * @param unitId   a unit in the reviewer's reach: its subtree
 * @param itemId   an item id of the scheme
 * @param from     first entry date (inclusive)
 * @param to       last entry date (inclusive)
 * @param claimant the start of the member's name
 */
public record ReviewFilter(Long unitId, String itemId, LocalDate from, LocalDate to, EntrySource source,
        String claimant) {

    public static final ReviewFilter NONE = new ReviewFilter(null, null, null, null, null, null);
}
