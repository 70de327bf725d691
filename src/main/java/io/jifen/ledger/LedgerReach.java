package io.jifen.ledger;

import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.Optional;

/**
 * What the acting user may reach in the ledger, decided before anything is read by id: a member their own entries,
 * a group leader their groups, a secretary their branch, an admin their subtree (tenants are disjoint subtrees).
 *
 * @param self        the user's own roster record, if linked
 * @param managedPath the subtree an admin or secretary manages, else null
 * @param groupPaths  the 党小组 the user leads (roster role)
 */
public record LedgerReach(JifenUser user, Optional<Member> self, String managedPath, List<String> groupPaths) {

    public boolean manages(String orgPath) {
        return managedPath != null && orgPath.startsWith(managedPath);
    }

    public boolean leadsGroupOf(String orgPath) {
        return groupPaths.stream().anyMatch(orgPath::startsWith);
    }

    public boolean isSelf(long memberId) {
        return self.map(m -> m.getId() == memberId).orElse(false);
    }

    /** The widest subtree the user may read members in: managed, else led groups; null for a plain member. */
    public List<String> readablePaths() {
        return managedPath != null ? List.of(managedPath) : groupPaths;
    }

    public String username() {
        return user.username();
    }
}
