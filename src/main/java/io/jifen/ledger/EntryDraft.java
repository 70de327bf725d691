package io.jifen.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a way in asks to record, before checks: one occurrence (or {@code count} of them) of an item for a member.
 *
 * @param option         the option code of a {@code ByOption} item, else null
 * @param value          the points of a range item or range option, else null
 * @param idempotencyKey the OA system's key (API only); null elsewhere
 */
public record EntryDraft(long memberId, String itemId, String option, BigDecimal value, int count, LocalDate date,
        String basis, String idempotencyKey) {

    /** One occurrence of a fixed item with a basis, as a secretary or a claim records it. */
    public static EntryDraft of(long memberId, String itemId, LocalDate date, String basis) {
        return new EntryDraft(memberId, itemId, null, null, 1, date, basis, null);
    }

    public EntryDraft withOption(String code, BigDecimal points) {
        return new EntryDraft(memberId, itemId, code, points, count, date, basis, idempotencyKey);
    }
}
