package io.jifen.ledger.ui;

import io.jifen.ledger.LedgerService;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** 积分台账 for those who keep a ledger (secretaries, admins, group leaders); 我的申报 for those on the roster. */
@Component
class LedgerMenu implements MenuVisibility {

    private final LedgerService ledger;

    LedgerMenu(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        if (view == LedgerView.class) {
            return ledger.reach(user).readablePaths().isEmpty();
        }
        return view == ClaimsView.class && ledger.reach(user).self().isEmpty();
    }
}
