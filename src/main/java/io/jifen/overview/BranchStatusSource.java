package io.jifen.overview;

import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.Map;

/**
 * Port for what other parts know about a unit in a period: publication (公示) state, objections (异议) and follow-up
 * tasks. The overview asks every bean of this type and merges their answers field by field; a unit no source knows
 * shows "—". Implementations read only within the user's reach: the units handed in are already scoped.
 */
public interface BranchStatusSource {

    /**
     * @param units  child units of the overview's unit (or the unit itself on the secretary's overview), all within
     *               the user's reach
     * @param period the period chosen on the overview
     * @return what this source knows, by organization id; units it knows nothing of are left out
     */
    Map<Long, BranchStatus> statuses(JifenUser user, List<Organization> units, OverviewPeriod period);
}
