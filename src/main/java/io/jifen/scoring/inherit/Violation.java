package io.jifen.scoring.inherit;

import io.jifen.scoring.result.Phrase;

/**
 * One way a child scheme oversteps what its parent allows; {@code ref} names the element, e.g. "item:B-1", and
 * {@code detail} says it in words (a phrase rendered at the edge; for BUDGET_EXCEEDED its operands are the reach and
 * the budget, in that order).
 */
public record Violation(Code code, String ref, Phrase detail) {

    public enum Code {
        WRONG_PARENT, LOCKED_CHANGED, LOCKED_REMOVED, UNKNOWN_REMOVED, ADDED_UNDER_CLOSED_CATEGORY,
        ADDED_AT_TOP_LEVEL, UNKNOWN_CATEGORY, PART_LOCKED, BUDGET_EXCEEDED
    }
}
