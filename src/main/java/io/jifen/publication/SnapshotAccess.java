package io.jifen.publication;

import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see which snapshot, decided in the query: officers (secretary, admins above, so the parent too) any
 * snapshot of a unit they manage; members of the unit (its groups included) published revisions only. A foreign id
 * and a missing one get the same answer.
 */
@Component
class SnapshotAccess {

    private final LedgerService ledger;
    private final SnapshotStore store;

    SnapshotAccess(LedgerService ledger, SnapshotStore store) {
        this.ledger = ledger;
        this.store = store;
    }

    Optional<Snapshot> readable(JifenUser user, long id) {
        LedgerReach reach = ledger.reach(user);
        Optional<Snapshot> managed = reach.managedPath() == null ? Optional.empty()
                : store.managed(id, reach.managedPath());
        return managed.or(() -> reach.self().flatMap(m -> store.visibleTo(id, m.getOrganization().getPath())));
    }

    Snapshot requireReadable(JifenUser user, long id) {
        return readable(user, id).orElseThrow(() -> notFound(id));
    }

    /** A snapshot the user manages (closes, publishes, answers for). */
    Snapshot requireManaged(JifenUser user, long id) {
        String path = ledger.reach(user).managedPath();
        return (path == null ? Optional.<Snapshot>empty() : store.managed(id, path)).orElseThrow(() -> notFound(id));
    }

    LedgerReach reach(JifenUser user) {
        return ledger.reach(user);
    }

    static UserFacingException notFound(long id) {
        return new UserFacingException("publication.error.notFound", id);
    }
}
