package io.jifen.publication;

import java.time.LocalDate;

/**
 * A branch's publication state as its parent sees it (备案): the latest assessed period that ended, or the latest
 * snapshot, and where it stands.
 *
 * @param windowTo the last day of the window when published, else null
 */
public record ChildStatus(long unitId, String unitName, LocalDate periodStart, LocalDate periodEnd, Status status,
        int revision, LocalDate windowTo) {

    public enum Status {
        NOT_CLOSED, FROZEN, PUBLISHED, CLOSED
    }
}
