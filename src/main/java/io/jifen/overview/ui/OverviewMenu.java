package io.jifen.overview.ui;

import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** One 概览 entry per user: an admin who is also a secretary gets the admin's, which covers their branch too. */
@Component
class OverviewMenu implements MenuVisibility {

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        return view == UnitOverviewView.class && user.has(Role.ADMIN);
    }
}
