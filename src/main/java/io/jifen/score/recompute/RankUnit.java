package io.jifen.score.recompute;

/** A unit members are ranked in (a 支部; a 党小组's members rank in the branch above it). */
public record RankUnit(long id, String path) {
}
