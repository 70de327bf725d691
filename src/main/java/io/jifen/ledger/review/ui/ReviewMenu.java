package io.jifen.ledger.review.ui;

import io.jifen.ledger.LedgerService;
import io.jifen.organization.UnitRoles;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** 审核 for those who may perform a review step: secretaries and admins, and members holding a roster role. */
@Component
class ReviewMenu implements MenuVisibility {

    private final LedgerService ledger;
    private final UnitRoles roles;

    ReviewMenu(LedgerService ledger, UnitRoles roles) {
        this.ledger = ledger;
        this.roles = roles;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        return view == ReviewQueueView.class && ledger.reach(user).managedPath() == null
                && roles.heldBy(user).isEmpty();
    }
}
