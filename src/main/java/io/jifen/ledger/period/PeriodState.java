package io.jifen.ledger.period;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessed period of a unit's scheme and whether it is closed.
 *
 * @param closedAbove closed by a unit above (the state is inherited; only that unit reopens it)
 */
public record PeriodState(LocalDate start, LocalDate end, boolean closed, boolean closedAbove, String closedBy,
        Instant closedAt) {
}
