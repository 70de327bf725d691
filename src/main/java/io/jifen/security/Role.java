package io.jifen.security;

import java.util.Arrays;
import java.util.Optional;

/** The three console roles, named as the Keycloak realm roles that grant them. */
public enum Role {
    ADMIN("jifen-admin"),
    SECRETARY("jifen-secretary"),
    MEMBER("jifen-member");

    /** Spring authority names, usable in {@code @RolesAllowed}. */
    public static final String ADMIN_AUTHORITY = "ADMIN";
    public static final String SECRETARY_AUTHORITY = "SECRETARY";
    public static final String MEMBER_AUTHORITY = "MEMBER";

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromRealmRole(String realmRole) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(realmRole)).findFirst();
    }
}
