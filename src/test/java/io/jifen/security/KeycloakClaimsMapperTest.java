package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.OrgScope;
import io.jifen.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** A token shaped as our Keycloak realm issues it becomes the right principal, roles and organization scope. */
class KeycloakClaimsMapperTest extends IntegrationTest {

    @Autowired
    OrgScope scope;

    static Map<String, Object> keycloakClaims(String username, String orgCode, List<String> realmRoles) {
        return Map.of(
                "sub", "f3b1c2d4-0000-4000-8000-" + username.hashCode(),
                "preferred_username", username,
                "name", "陈德明",
                "org_code", orgCode,
                "groups", List.of("/QS/QS-01"),
                "realm_access", Map.of("roles", realmRoles),
                "roles", List.of("offline_access", "default-roles-jifen"),
                "iss", "http://127.0.0.1:8180/realms/jifen");
    }

    @Test
    void secretaryTokenMapsToSecretaryOfTheirBranch() {
        JifenUser user = KeycloakClaimsMapper.toUser(keycloakClaims("qs01.secretary", "QS-01",
                List.of("jifen-secretary", "offline_access", "uma_authorization")));
        assertThat(user.username()).isEqualTo("qs01.secretary");
        assertThat(user.displayName()).isEqualTo("陈德明");
        assertThat(user.orgCode()).isEqualTo("QS-01");
        assertThat(user.roles()).containsExactly(Role.SECRETARY);
        assertThat(user.groups()).containsExactly("/QS/QS-01");
        assertThat(user.authorities()).extracting(Object::toString).containsExactly("ROLE_SECRETARY");
        assertThat(scope.root(user).getCode()).isEqualTo("QS-01");
    }

    @Test
    void flatRolesClaimAndRealmAccessAreBothRead() {
        Map<String, Object> claims = Map.of("preferred_username", "qs.admin", "org_code", "QS",
                "roles", List.of("jifen-admin", "jifen-member"));
        JifenUser admin = KeycloakClaimsMapper.toUser(claims);
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
        assertThat(admin.primaryRole()).isEqualTo(Role.ADMIN);
        assertThat(scope.root(admin).getCode()).isEqualTo("QS");
    }

    @Test
    void oidcPrincipalCarriesTheMappedUser() {
        Map<String, Object> claims = keycloakClaims("hn.member", "HN-01", List.of("jifen-member"));
        JifenUser user = KeycloakClaimsMapper.toUser(claims);
        OidcIdToken token = new OidcIdToken("token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
        JifenOidcUser principal = new JifenOidcUser(user, token, null);
        assertThat(principal.jifenUser()).isEqualTo(user);
        assertThat(principal.getName()).isEqualTo("hn.member");
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
    }

    @Test
    void unknownRolesAndMissingOrganizationGiveNoAccess() {
        JifenUser stranger = KeycloakClaimsMapper.toUser(Map.of("sub", "abc", "realm_access",
                Map.of("roles", List.of("offline_access"))));
        assertThat(stranger.username()).isEqualTo("abc");
        assertThat(stranger.roles()).isEmpty();
        assertThat(stranger.orgCode()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.root(stranger))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
