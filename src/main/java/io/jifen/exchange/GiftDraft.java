package io.jifen.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift as an editor submits it.
 *
 * @param id      null for a new gift
 * @param version the version the editor read (ignored for a new gift): a stale edit is refused, not merged
 */
public record GiftDraft(Long id, long version, Long organizationId, String name, BigDecimal points, Integer stock,
        LocalDate activeFrom, LocalDate activeTo, boolean enabled) {

    public static GiftDraft of(Gift g) {
        return new GiftDraft(g.id(), g.version(), g.organizationId(), g.name(), g.points(), g.stock(), g.activeFrom(),
                g.activeTo(), g.enabled());
    }
}
