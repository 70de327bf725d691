package io.jifen.overview;

/** A line of the admin's branch grid: the unit's results and what the other parts report on it. */
public record BranchRow(BranchAverage results, BranchStatus status) {
}
