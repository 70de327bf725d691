package io.jifen.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 异议: a member's objection to an entry ({@code entryId}) or to their result (no entry) of a published snapshot, and
 * the branch's answer.
 *
 * @param answerDue the last day the branch answers on time
 */
public record Objection(long id, long tenantId, long snapshotId, String orgPath, long memberId, Long entryId,
        String reason, State state, String raisedBy, Instant raisedAt, LocalDate answerDue, String answer,
        String answeredBy, Instant answeredAt) {

    public enum State {
        OPEN, UPHELD, DISMISSED
    }

    /** Unanswered after its due day. */
    public boolean overdueOn(LocalDate day) {
        return state == State.OPEN && day.isAfter(answerDue);
    }
}
