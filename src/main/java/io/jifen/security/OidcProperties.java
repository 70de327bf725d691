package io.jifen.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak realm the console signs in with. Endpoints are derived from the issuer by Keycloak's conventions
 * rather than discovered, so that the console starts even while Keycloak is down.
 *
 * @param issuerUri    realm URL, e.g. {@code https://sso.example.org/realms/jifen}
 * @param clientId     the console's client in that realm
 * @param clientSecret its secret (confidential client)
 */
@ConfigurationProperties("jifen.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret) {

    String endpoint(String path) {
        return issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/" + path;
    }
}
