package io.jifen.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A catalogue item (礼品): what it costs in exchange points, how many are left and when it may be redeemed. It serves
 * the members of its unit's subtree.
 */
public record Gift(long id, long version, long organizationId, String orgPath, String unitName, String name,
        BigDecimal points, int stock, LocalDate activeFrom, LocalDate activeTo, boolean enabled) {

    /** Enabled and inside its active window (both ends included). */
    public boolean activeOn(LocalDate day) {
        return enabled && !day.isBefore(activeFrom) && !day.isAfter(activeTo);
    }
}
