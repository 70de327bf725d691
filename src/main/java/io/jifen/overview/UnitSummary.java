package io.jifen.overview;

/**
 * The secretary's own unit at a glance.
 *
 * @param pendingReviews entries waiting for a step the user performs (the review queue's count)
 */
public record UnitSummary(long pendingReviews, BranchStatus status) {
}
