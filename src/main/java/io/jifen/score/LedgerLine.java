package io.jifen.score;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A confirmed ledger entry as the scores read it (plain JDBC, no entity): enough to build the engine's fact and to
 * trace a point back to its entry in the member statement.
 *
 * @param reverses the entry this reversal cancels, or null
 */
public record LedgerLine(long id, long memberId, String itemId, String option, BigDecimal value, int count,
        LocalDate date, String basis, String source, String recordedBy, Instant recordedAt, Long reverses,
        String reason) {

    public boolean isReversal() {
        return reverses != null;
    }

    /** The engine's fact: the entry id is the fact id, so that every explained number names its entries. */
    public Fact fact() {
        return new Fact(Long.toString(id), Long.toString(memberId), itemId, date, option, value, count,
                FactStatus.CONFIRMED);
    }
}
