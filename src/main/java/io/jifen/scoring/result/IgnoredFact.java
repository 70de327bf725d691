package io.jifen.scoring.result;

/**
 * A fact the engine did not count, and why — so that "my entry is missing" always has an answer. {@code detail} says it
 * in words (a phrase rendered at the edge).
 */
public record IgnoredFact(String factId, Reason reason, Phrase detail) {

    public enum Reason {
        NOT_CONFIRMED, UNKNOWN_MEMBER, UNKNOWN_ITEM, OUTSIDE_PERIOD, OUTSIDE_MEMBERSHIP, PARTIAL_PERIOD_NOT_ASSESSED,
        MEMBER_EXEMPT, NOT_APPLICABLE, INVALID_VALUE,
        /** a category with its own rhythm closes its window after the evaluated range */
        WINDOW_NOT_CLOSED,
        /** a tier given directly for a member who is scored (not exempt with GRADE_DIRECTLY) */
        TIER_NOT_ASSIGNABLE
    }
}
