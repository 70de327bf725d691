package io.jifen.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak realm the console signs in with. Endpoints are derived from the issuer by Keycloak's conventions
 * rather than discovered, so that the console starts even while Keycloak is down.
 *
 * @param issuerUri    realm URL, e.g. {@code https://sso.example.org/realms/jifen}
 * @param clientId     the console's client in that realm
 * @param clientSecret its secret (confidential client)
 * @param publicUrl    the console's address as browsers see it, e.g. {@code https://jifen.example.org}
 *                     ({@code JIFEN_PUBLIC_URL}); the same value drives the realm's redirect URIs on import
 */
@ConfigurationProperties("jifen.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, String publicUrl) {

    public OidcProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    String endpoint(String path) {
        return issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/" + path;
    }
}
