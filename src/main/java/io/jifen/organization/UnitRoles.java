package io.jifen.organization;

import io.jifen.security.JifenUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster roles the acting user holds through their linked member record (by login name, inside their own
 * tenant). What they allow is decided by the feature that asks; this only says who holds what, where.
 */
@Component
@Transactional(readOnly = true)
public class UnitRoles {

    private final MemberService members;
    private final UnitRoleRepository roles;
    private final OrganizationRepository organizations;

    UnitRoles(MemberService members, UnitRoleRepository roles, OrganizationRepository organizations) {
        this.members = members;
        this.roles = roles;
        this.organizations = organizations;
    }

    /** A role held for a unit, with the unit's path (the role covers that subtree). */
    public record Held(UnitRole.Kind role, long organizationId, String path) {
        public boolean covers(String orgPath) {
            return orgPath.startsWith(path);
        }
    }

    public List<Held> heldBy(JifenUser user) {
        Optional<Member> self = members.myProfile(user);
        if (self.isEmpty()) {
            return List.of();
        }
        return roles.findByMemberId(self.get().getId()).stream()
                .flatMap(r -> organizations.findById(r.getOrganizationId()).filter(Organization::isActive)
                        .map(o -> new Held(r.getRole(), o.getId(), o.getPath())).stream())
                .toList();
    }

    /** The subtrees in which the user holds {@code kind}. */
    public List<String> pathsWhere(JifenUser user, UnitRole.Kind kind) {
        return heldBy(user).stream().filter(h -> h.role() == kind).map(Held::path).toList();
    }
}
