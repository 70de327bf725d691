package io.jifen.scoring.inherit;

/** One way a child scheme oversteps what its parent allows; {@code ref} names the element, e.g. "item:B-1". */
public record Violation(Code code, String ref, String message) {

    public enum Code {
        WRONG_PARENT, LOCKED_CHANGED, LOCKED_REMOVED, UNKNOWN_REMOVED, ADDED_UNDER_CLOSED_CATEGORY,
        ADDED_AT_TOP_LEVEL, UNKNOWN_CATEGORY, PART_LOCKED, BUDGET_EXCEEDED
    }
}
