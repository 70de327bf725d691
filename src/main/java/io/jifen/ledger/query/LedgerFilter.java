package io.jifen.ledger.query;

import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import java.time.LocalDate;

/**
 * What the ledger grid is narrowed to; every field may be null (no narrowing). The unit is given by its path and is
 * always combined with the user's reach, so a unit outside it simply matches nothing.
 *
 * @param memberName part of a name, or its pinyin / initials, as the roster search takes it
 */
public record LedgerFilter(String unitPath, LocalDate from, LocalDate to, String itemId, EntryStatus status,
        EntrySource source, String memberName) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null, null);
    }
}
