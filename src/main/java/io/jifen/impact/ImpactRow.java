package io.jifen.impact;

import java.math.BigDecimal;

/**
 * One member side by side: under the version in force ({@code now}) and under the draft ({@code draft}). Either is
 * null when that version does not score the member (a class it does not know, no version in force).
 */
public record ImpactRow(long memberId, String memberName, String unitName, Standing now, Standing draft,
        TierChange change) {

    /** Whether the tier moves, and which way. */
    public enum TierChange {
        UP, DOWN, NONE
    }

    /** Draft total minus the total in force; null unless both score the member. */
    public BigDecimal difference() {
        return now == null || draft == null ? null : draft.total().subtract(now.total());
    }

    public boolean tierChanges() {
        return change != TierChange.NONE;
    }
}
