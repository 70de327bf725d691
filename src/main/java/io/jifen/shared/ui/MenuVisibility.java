package io.jifen.shared.ui;

import io.jifen.security.JifenUser;

/**
 * Hides a menu entry from users its route admits but who have nothing there: a member who leads no group has no
 * ledger to keep, an admin without a roster record has no claims. The route's own access rules stay as they are;
 * this only keeps the menu to what the user can use.
 */
public interface MenuVisibility {

    boolean hides(Class<?> view, JifenUser user);
}
