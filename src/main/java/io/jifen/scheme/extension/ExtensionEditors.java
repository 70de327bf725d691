package io.jifen.scheme.extension;

import io.jifen.organization.Organization;
import io.jifen.scheme.Scheme;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;

/**
 * Who may write a scheme (issue 8 point 7). Admins write every scheme in their scope. A secretary writes only the
 * extension of their own organization — not one above or below it, not a sibling's — and only while the scheme it
 * extends allows branch editing; never a scheme that extends nothing. Callers resolve the scheme inside the user's
 * scope first, and refuse a "no" exactly like a missing id.
 */
public final class ExtensionEditors {

    private ExtensionEditors() {
    }

    /** May {@code user} save, validate and publish versions of {@code scheme}? */
    public static boolean mayEdit(JifenUser user, Scheme scheme) {
        return mayCreate(user, scheme.getOrganization(), scheme.getParent());
    }

    /** May {@code user} start a scheme at {@code owner} extending {@code parent} (null: extending nothing)? */
    public static boolean mayCreate(JifenUser user, Organization owner, Scheme parent) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return user.has(Role.SECRETARY) && parent != null && parent.allowsBranchEditing()
                && owner.getCode().equals(user.orgCode());
    }
}
