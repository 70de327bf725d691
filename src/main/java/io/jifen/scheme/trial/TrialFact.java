package io.jifen.scheme.trial;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One hypothetical ledger entry of a try-out: what the grid row holds. Incomplete rows (no member, item or date) are
 * left out of a run rather than refused, so that a half-typed row never blocks reading the others' results.
 *
 * @param option the option code of a by-option item
 * @param value  the reviewer's value of a range item or range option
 */
public record TrialFact(String memberId, String itemId, String option, BigDecimal value, int count, LocalDate date) {

    public TrialFact {
        count = Math.max(1, count);
    }

    public boolean complete() {
        return memberId != null && itemId != null && date != null;
    }
}
