package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console's redirect and post-logout URIs follow JIFEN_PUBLIC_URL, the value the realm import registers. */
class OidcPropertiesTest {

    @Test
    void publicUrlFixesTheRedirectAndPostLogoutUris() {
        var oidc = new OidcProperties("https://sso.example.org/realms/jifen", "jifen-console", "s",
                " https://jifen.example.org/ ");
        assertThat(oidc.publicUrl()).isEqualTo("https://jifen.example.org");
        assertThat(oidc.redirectUriTemplate()).isEqualTo("https://jifen.example.org/login/oauth2/code/{registrationId}");
        assertThat(oidc.postLogoutRedirectUri()).isEqualTo("https://jifen.example.org/sso/sign-in?signed-out");
        assertThat(oidc.redirectUri("keycloak")).isEqualTo("https://jifen.example.org/login/oauth2/code/keycloak");
    }

    @Test
    void withoutPublicUrlEachRequestDecides() {
        var oidc = new OidcProperties("https://sso.example.org/realms/jifen", "jifen-console", "s", null);
        assertThat(oidc.redirectUriTemplate()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(oidc.postLogoutRedirectUri()).isEqualTo("{baseUrl}/sso/sign-in?signed-out");
        assertThat(oidc.redirectUri("keycloak")).isEmpty();
    }
}
