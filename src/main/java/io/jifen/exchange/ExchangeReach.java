package io.jifen.exchange;

import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may act on whose exchange, decided before anything is read by id: a member on their own balance, an admin or
 * secretary on the members, gifts and redemptions of the subtree they manage (tenants are disjoint subtrees). A
 * foreign id and a missing one get the same {@link #notFound()}.
 */
@Component
class ExchangeReach {

    private final LedgerService ledger;
    private final MemberLookup lookup;

    ExchangeReach(LedgerService ledger, MemberLookup lookup) {
        this.ledger = ledger;
        this.lookup = lookup;
    }

    /** The member if the user may redeem for them and read their balance. */
    Optional<Member> member(JifenUser user, long memberId) {
        LedgerReach reach = ledger.reach(user);
        if (reach.isSelf(memberId)) {
            return lookup.within(memberId, "/"); // the linked record, with its unit loaded
        }
        return reach.managedPath() == null ? Optional.empty() : lookup.within(memberId, reach.managedPath());
    }

    /** The user's own roster record, if linked. */
    Optional<Member> self(JifenUser user) {
        return ledger.reach(user).self().flatMap(m -> lookup.within(m.getId(), "/"));
    }

    /** The subtree an admin or secretary manages; empty for anybody else. */
    Optional<String> managedPath(JifenUser user) {
        return Optional.ofNullable(ledger.reach(user).managedPath());
    }

    String requireManaged(JifenUser user) {
        return managedPath(user).orElseThrow(ExchangeReach::notFound);
    }

    Organization unit(JifenUser user, Long unitId) {
        return unitId == null ? null
                : lookup.unitWithin(unitId, requireManaged(user)).orElseThrow(ExchangeReach::notFound);
    }

    static UserFacingException notFound() {
        return new UserFacingException("exchange.error.notFound");
    }
}
