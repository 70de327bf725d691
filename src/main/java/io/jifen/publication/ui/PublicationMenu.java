package io.jifen.publication.ui;

import io.jifen.ledger.LedgerService;
import io.jifen.publication.ObjectionService;
import io.jifen.publication.PublicationReads;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/**
 * 公示与异议 for those who manage a unit; a member sees it once their unit has published a 公示 (or they objected):
 * before that the page would be empty for them.
 */
@Component
class PublicationMenu implements MenuVisibility {

    private final LedgerService ledger;
    private final PublicationReads reads;
    private final ObjectionService objections;

    PublicationMenu(LedgerService ledger, PublicationReads reads, ObjectionService objections) {
        this.ledger = ledger;
        this.reads = reads;
        this.objections = objections;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        if (view != PublicationView.class || ledger.reach(user).managedPath() != null) {
            return false;
        }
        return reads.publishedForMe(user).isEmpty() && objections.mine(user).isEmpty();
    }
}
