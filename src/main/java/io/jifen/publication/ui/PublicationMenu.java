package io.jifen.publication.ui;

import io.jifen.ledger.LedgerService;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** 公示 for those who manage a unit or are on a roster; nobody else has a 公示 to see. */
@Component
class PublicationMenu implements MenuVisibility {

    private final LedgerService ledger;

    PublicationMenu(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        if (view != PublicationView.class) {
            return false;
        }
        var reach = ledger.reach(user);
        return reach.managedPath() == null && reach.self().isEmpty();
    }
}
