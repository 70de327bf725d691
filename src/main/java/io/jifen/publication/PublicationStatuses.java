package io.jifen.publication;

import io.jifen.organization.Organization;
import io.jifen.overview.BranchStatus;
import io.jifen.overview.BranchStatusSource;
import io.jifen.overview.OverviewPeriod;
import io.jifen.security.JifenUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the overview shows of publication per unit: the 公示 state of the unit's latest period (as its parent sees it
 * in the 备案 list) and its objections, open and overdue. The units come scoped from the overview.
 */
@Component
class PublicationStatuses implements BranchStatusSource {

    private final PublicationService publication;
    private final ObjectionStore objections;
    private final Clock clock;

    PublicationStatuses(PublicationService publication, ObjectionStore objections, Clock clock) {
        this.publication = publication;
        this.objections = objections;
        this.clock = clock;
    }

    @Override
    public Map<Long, BranchStatus> statuses(JifenUser user, List<Organization> units, OverviewPeriod period) {
        Map<Long, ChildStatus> states = new HashMap<>();
        publication.statusOfChildren(user).forEach(c -> states.put(c.unitId(), c));
        LocalDate today = LocalDate.now(clock);
        Map<Long, BranchStatus> out = new HashMap<>();
        for (Organization unit : units) {
            ChildStatus state = states.get(unit.getId());
            out.put(unit.getId(), new BranchStatus(state == null ? null : "publication.child." + state.status(),
                    (int) objections.countOpen(unit.getPath(), null),
                    (int) objections.countOpen(unit.getPath(), today), null, null));
        }
        return out;
    }
}
