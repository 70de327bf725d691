package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.UnitRoles;
import io.jifen.organization.UnitRoles.Held;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who performs a review step of an entry, from the step's performer role in the scheme's workflow:
 * <ul>
 * <li>SECRETARY, BRANCH_COMMITTEE, GENERAL_ASSEMBLY, REVIEW_PANEL: secretaries and admins whose subtree covers the
 * entry's unit, and members holding the unit role of that name (BRANCH_COMMITTEE, REVIEW_PANEL) over the unit;</li>
 * <li>BRANCH-REVIEW (the default step of a claim or supplement whose item names none): as SECRETARY;</li>
 * <li>GROUP_LEADER: the group's leader (unit role) and the branch's secretary or admin;</li>
 * <li>DEPARTMENT_HEAD, GENERAL_BRANCH_COMMITTEE, TOWNSHIP_DEPARTMENTS: members holding that unit role over the unit,
 * and admins of the subtree (a branch secretary does not sign for a department or a body above the branch);</li>
 * <li>any other role (MEMBER, unknown): nobody but admins of the subtree.</li>
 * </ul>
 * Never the entry's member nor its recorder: nobody approves their own entry, whatever role they hold.
 */
@Component
public class Reviewers {

    /** Roles the branch itself performs: a secretary or admin decides them for the branch. */
    static final Set<String> BRANCH_ROLES = Set.of("SECRETARY", "BRANCH_COMMITTEE", "GENERAL_ASSEMBLY",
            "REVIEW_PANEL", "GROUP_LEADER");

    private final LedgerService ledger;
    private final UnitRoles unitRoles;

    Reviewers(LedgerService ledger, UnitRoles unitRoles) {
        this.ledger = ledger;
        this.unitRoles = unitRoles;
    }

    /** What the user may decide, resolved once per request: their reach and the roster roles they hold. */
    public Performer of(JifenUser user) {
        return new Performer(ledger.reach(user), unitRoles.heldBy(user));
    }

    public record Performer(LedgerReach reach, List<Held> held) {

        public JifenUser user() {
            return reach.user();
        }

        /** The subtrees in which the user performs steps of {@code role}. */
        public List<String> pathsFor(String role) {
            List<String> paths = new ArrayList<>();
            boolean admin = reach.user().has(Role.ADMIN);
            if (reach.managedPath() != null && (admin || BRANCH_ROLES.contains(role))) {
                paths.add(reach.managedPath());
            }
            held.stream().filter(h -> h.role().name().equals(role)).map(Held::path).forEach(paths::add);
            return paths;
        }

        /** Every subtree the user reviews anything in (to narrow the queue before roles are resolved). */
        public List<String> reviewPaths() {
            List<String> paths = new ArrayList<>();
            if (reach.managedPath() != null) {
                paths.add(reach.managedPath());
            }
            held.stream().map(Held::path).filter(p -> paths.stream().noneMatch(p::startsWith)).forEach(paths::add);
            return paths;
        }

        /** The entry is the user's own: theirs as a member, or recorded by them. */
        public boolean own(Entry e) {
            return reach.isSelf(e.getMemberId()) || e.getRecordedBy().equals(reach.username());
        }

        public boolean performs(String role, Entry e) {
            return role != null && !own(e) && pathsFor(role).stream().anyMatch(e.getOrgPath()::startsWith);
        }

        public Long selfMemberId() {
            return reach.self().map(m -> m.getId()).orElse(null);
        }
    }
}
