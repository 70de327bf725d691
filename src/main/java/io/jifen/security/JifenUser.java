package io.jifen.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The acting user as the console sees them: who, in which organization, with which roles. Every service call
 * receives one; it is the only thing org-scope checks look at.
 *
 * @param username    SSO login name; links the user to a member record
 * @param displayName name to greet the user with
 * @param orgCode     code of the organization the user belongs to ({@code org_code} claim)
 * @param roles       console roles from the realm roles
 * @param groups      Keycloak group paths, kept for auditing and later features
 */
public record JifenUser(String username, String displayName, String orgCode, Set<Role> roles, List<String> groups)
        implements Serializable {

    public JifenUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        groups = List.copyOf(groups);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The strongest role decides the scope: admin over secretary over member. */
    public Role primaryRole() {
        if (has(Role.ADMIN)) {
            return Role.ADMIN;
        }
        return has(Role.SECRETARY) ? Role.SECRETARY : Role.MEMBER;
    }

    public Set<GrantedAuthority> authorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
