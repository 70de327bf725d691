package io.jifen.score.recompute;

import io.jifen.scoring.ScoredMember;

/** A member as the recompute reads it from the roster: where they are registered and how the engine scores them. */
record RosterMember(long id, long organizationId, String orgPath, RankUnit unit, ScoredMember scored) {
}
