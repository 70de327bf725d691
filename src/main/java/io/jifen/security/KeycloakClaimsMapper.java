package io.jifen.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one place where Keycloak token claims become a {@link JifenUser}. Realm roles arrive either as the flat
 * {@code roles} claim (our realm's mapper) or as {@code realm_access.roles} (Keycloak's default); the organization
 * comes from the {@code org_code} user attribute, groups from the group-membership mapper.
 */
public final class KeycloakClaimsMapper {

    private KeycloakClaimsMapper() {
    }

    public static JifenUser toUser(Map<String, Object> claims) {
        String username = firstText(claims, "preferred_username", "sub");
        if (username == null) {
            throw new IllegalArgumentException("token has neither preferred_username nor sub");
        }
        String name = firstText(claims, "name", "preferred_username");
        String orgCode = firstText(claims, "org_code");
        return new JifenUser(username, name, orgCode == null ? "" : orgCode, roles(claims), texts(claims.get("groups")));
    }

    private static Set<Role> roles(Map<String, Object> claims) {
        List<String> names = new ArrayList<>(texts(claims.get("roles")));
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            names.addAll(texts(realmAccess.get("roles")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> Role.fromRealmRole(n).ifPresent(roles::add));
        return roles;
    }

    private static List<String> texts(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }

    private static String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value instanceof Collection<?> values && !values.isEmpty()) {
                value = values.iterator().next();
            }
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
