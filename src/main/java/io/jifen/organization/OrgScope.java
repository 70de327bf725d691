package io.jifen.organization;

import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may touch which part of the tree. An admin manages their organization and everything below it, a secretary
 * their branch and its groups, a member nothing but their own profile. Tenants (top-level organizations) are
 * disjoint subtrees, so the same check keeps them apart.
 */
@Component
public class OrgScope {

    private final OrganizationRepository organizations;

    OrgScope(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The unit at the top of what the user may manage. */
    public Organization root(JifenUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARY)) {
            throw new AccessDeniedException("members manage no organization");
        }
        return organizations.findByCode(user.orgCode())
                .filter(Organization::isActive)
                .orElseThrow(() -> new AccessDeniedException("unknown organization " + user.orgCode()));
    }

    /**
     * Path prefix ("/11/") of the tenant the user belongs to, from their own {@code org_code}, whatever their role;
     * empty for an unknown code. Everything resolved through a login name is looked up inside it.
     */
    public java.util.Optional<String> tenantPath(JifenUser user) {
        return organizations.findByCode(user.orgCode()).map(unit -> "/" + unit.tenantId() + "/");
    }

    public void requireAdmin(JifenUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("admin role required");
        }
    }

    /** Fails unless the unit lies in the user's scope; callers must not reveal foreign data before this passes. */
    public Organization require(JifenUser user, Organization unit) {
        if (unit == null || !unit.isWithin(root(user))) {
            throw new AccessDeniedException("outside the user's organization");
        }
        return unit;
    }

    /**
     * By code, as outside systems name units; unknown and foreign codes are refused alike. The scope is part of the
     * query: a foreign unit is never loaded.
     */
    public Organization requireCode(JifenUser user, String code) {
        String scope = root(user).getPath();
        return require(user, code == null ? null : organizations.findByCodeWithin(code, scope).orElse(null));
    }

    /** By id, scope first like {@link #requireCode}. */
    public Organization require(JifenUser user, Long organizationId) {
        String scope = root(user).getPath();
        return require(user, organizationId == null ? null
                : organizations.findWithin(organizationId, scope).orElse(null));
    }
}
