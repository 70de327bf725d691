package io.jifen.score;

import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read which scores, as in the ledger: a member their own, a group leader their groups, a secretary their
 * branch, an admin their subtree. Decided before anything is read by id, so a foreign id and a missing one give the
 * same empty answer.
 */
@Component
public class ScoreReach {

    private final LedgerService ledger;
    private final MemberLookup lookup;

    ScoreReach(LedgerService ledger, MemberLookup lookup) {
        this.ledger = ledger;
        this.lookup = lookup;
    }

    public LedgerReach of(JifenUser user) {
        return ledger.reach(user);
    }

    /** The member if the user may read their scores; empty for a foreign or unknown id alike. */
    public Optional<Member> member(JifenUser user, long memberId) {
        LedgerReach reach = of(user);
        if (reach.isSelf(memberId)) {
            return reach.self();
        }
        return reach.readablePaths().stream().map(p -> lookup.within(memberId, p)).flatMap(Optional::stream)
                .findFirst();
    }

    /** The unit if it lies in what the user may read (managed subtree or led groups). */
    public Optional<Organization> unit(JifenUser user, long unitId) {
        return paths(user).stream().map(p -> lookup.unitWithin(unitId, p)).flatMap(Optional::stream).findFirst();
    }

    /** The unit if the user manages it (admin or secretary): only they recompute. */
    public Optional<Organization> managedUnit(JifenUser user, long unitId) {
        LedgerReach reach = of(user);
        return reach.managedPath() == null ? Optional.empty() : lookup.unitWithin(unitId, reach.managedPath());
    }

    public List<String> paths(JifenUser user) {
        return of(user).readablePaths();
    }
}
