package io.jifen.score.job;

import java.time.Instant;
import java.time.LocalDate;

/** What a progress bar shows of a recompute job. */
public record JobProgress(long id, long organizationId, LocalDate from, LocalDate to, State state, int unitsTotal,
        int unitsDone, String startedBy, Instant startedAt, Instant finishedAt, String error) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    /** Share done, 0 … 1 (1 for a finished job without units). */
    public double fraction() {
        return state == State.DONE ? 1 : unitsTotal == 0 ? 0 : (double) unitsDone / unitsTotal;
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
