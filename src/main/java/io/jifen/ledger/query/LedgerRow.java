package io.jifen.ledger.query;

import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the ledger grid, names resolved: the item's name and option label come from the scheme version the
 * entry was recorded under, not today's.
 *
 * @param points      points of one occurrence (fixed, the option's, or the recorded value); null if unknown
 * @param currentStep the review step waited for (id), null once decided
 * @param stepName    that step's name in the scheme, null for the default branch review
 * @param reverses    for a reversal (冲正): the entry it cancels
 * @param reversedBy  for a reversed entry (已冲正): the reversal's id
 */
public record LedgerRow(long id, long memberId, String memberName, String unitName, String itemId, String itemName,
        String optionLabel, BigDecimal value, int count, BigDecimal points, LocalDate date, String basis,
        EntrySource source, EntryStatus status, String currentStep, String stepName, String reason,
        String recordedBy, Long reverses, Long reversedBy, String batchKey) {

    public boolean isReversal() {
        return reverses != null;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }
}
