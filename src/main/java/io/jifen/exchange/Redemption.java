package io.jifen.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One redemption as its append-only rows tell it: the REDEEM row and, once closed, the FULFIL or CANCEL row naming it.
 *
 * @param closedBy   who handed the gift over or cancelled, null while open
 * @param note       the cancellation's reason, or null
 */
public record Redemption(long id, long memberId, String memberName, String unitName, long giftId, String giftName,
        BigDecimal points, LocalDate periodStart, LocalDate periodEnd, String redeemedBy, Instant redeemedAt,
        State state, String closedBy, Instant closedAt, String note) {

    public enum State { OPEN, FULFILLED, CANCELLED }
}
