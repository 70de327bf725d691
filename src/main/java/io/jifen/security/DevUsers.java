package io.jifen.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users offered by the dev login (dev profile only). They mirror the users of the Keycloak realm export in
 * {@code config/keycloak}, so that the same names work in both worlds.
 */
@ConfigurationProperties("jifen.dev")
public record DevUsers(String password, List<DevUser> users) {

    public DevUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record DevUser(String username, String displayName, String orgCode, Set<Role> roles) {

        public JifenUser toJifenUser() {
            return new JifenUser(username, displayName, orgCode, roles, List.of());
        }
    }
}
