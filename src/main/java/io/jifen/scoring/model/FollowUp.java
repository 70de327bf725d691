package io.jifen.scoring.model;

import java.util.Objects;

/**
 * The task a consequence creates for the results stage (帮扶谈话, 诫勉谈话, 限期改正, 延长预备期 …).
 *
 * @param action    a stable code, e.g. {@code TALK}, {@code EXTEND_PROBATION}
 * @param performer who carries it out, e.g. {@code BRANCH_SECRETARY}, {@code TOWNSHIP_COMMITTEE}
 * @param due       when it is due relative to the result being produced
 * @param days      the number of days / months for {@link Due#WITHIN_DAYS} / {@link Due#WITHIN_MONTHS}
 */
public record FollowUp(String action, String performer, String description, Due due, Integer days) {

    public FollowUp {
        Objects.requireNonNull(action, "action");
        due = due == null ? Due.NONE : due;
    }

    public enum Due {
        NONE, SAME_MONTH, WITHIN_DAYS, WITHIN_MONTHS
    }
}
