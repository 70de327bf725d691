package io.jifen.followup;

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

/** The overview's task columns: open and overdue follow-up tasks assigned within each unit (units come scoped). */
@Component
class TaskStatuses implements BranchStatusSource {

    private final FollowUpStore store;
    private final Clock clock;

    TaskStatuses(FollowUpStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Map<Long, BranchStatus> statuses(JifenUser user, List<Organization> units, OverviewPeriod period) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, BranchStatus> out = new HashMap<>();
        for (Organization unit : units) {
            out.put(unit.getId(), new BranchStatus(null, null, null, (int) store.assigned(unit.getPath(), null),
                    (int) store.assigned(unit.getPath(), today)));
        }
        return out;
    }
}
