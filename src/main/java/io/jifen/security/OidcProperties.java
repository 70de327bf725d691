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

    private static final String CALLBACK_PATH = "/login/oauth2/code/";

    public OidcProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /**
     * The redirect URI template of the console's OAuth2 client: the public URL when set, so that the URI Keycloak
     * sees is exactly the one the realm import registered (proxies and ports cannot change it), else the request's
     * own base URL.
     */
    public String redirectUriTemplate() {
        return (publicUrl.isEmpty() ? "{baseUrl}" : publicUrl) + CALLBACK_PATH + "{registrationId}";
    }

    /**
     * Where Keycloak sends the browser after logout: the console's "signed out" page, under the public URL when set,
     * else under the request's base URL.
     */
    public String postLogoutRedirectUri() {
        return (publicUrl.isEmpty() ? "{baseUrl}" : publicUrl) + FrameSignIn.PAGE + "?signed-out";
    }

    /** The concrete redirect URI of a registration, or empty when the public URL is not configured. */
    String redirectUri(String registrationId) {
        return publicUrl.isEmpty() ? "" : publicUrl + CALLBACK_PATH + registrationId;
    }

    String endpoint(String path) {
        return issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/" + path;
    }
}
