package io.jifen.security;

import io.jifen.security.SsoCheckReport.Finding;
import io.jifen.security.SsoCheckReport.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks Keycloak, the way a browser would, whether it accepts the console as configured: the redirect URI (an
 * authorization request: login page or "invalid redirect_uri"), the post-logout redirect URI (a logout request
 * without a session: redirect or "invalid redirect uri") and, when the console lets Keycloak's form into the portal's
 * frame, whether the login page may be framed by every portal origin. Nothing is changed at Keycloak and no user
 * signs in. The answers become a {@link SsoCheckReport} whose findings say what to change.
 */
final class SsoSelfCheck {

    static final String REDIRECT_URI = "redirectUri";
    static final String POST_LOGOUT_REDIRECT_URI = "postLogoutRedirectUri";
    static final String FRAME_ANCESTORS = "frameAncestors";
    static final String PUBLIC_URL_MISSING = "JIFEN_PUBLIC_URL (jifen.oidc.public-url) is not set: the console builds "
            + "its redirect URI from each request's host name, and the self-check cannot ask Keycloak about it. Fix: "
            + "set JIFEN_PUBLIC_URL to the console's address as browsers see it (e.g. https://jifen.example.org, no "
            + "trailing slash), on the console and for the Keycloak realm import (config/deployment.env.example).";

    /** A fixed PKCE challenge: Keycloak requires one (S256) before it shows its form; no code is ever redeemed. */
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private final OidcProperties oidc;
    private final EmbedProperties embed;
    private final boolean production;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    SsoSelfCheck(OidcProperties oidc, EmbedProperties embed, boolean production, Duration timeout, Clock clock) {
        this.oidc = oidc;
        this.embed = embed;
        this.production = production;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    SsoCheckReport run() {
        List<Finding> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String redirectUri = oidc.redirectUri(OidcSecurityConfig.REGISTRATION_ID);
        // the login page answers both the redirect URI question and, by its headers, the framing question
        Answer login = redirectUri.isEmpty() && !embed.frameSignIn() ? null : authorizationRequest(redirectUri);
        if (redirectUri.isEmpty()) {
            if (production) {
                warnings.add(PUBLIC_URL_MISSING);
            }
            findings.add(new Finding(REDIRECT_URI, "", Outcome.SKIPPED, "JIFEN_PUBLIC_URL is not set", PUBLIC_URL_MISSING));
            findings.add(new Finding(POST_LOGOUT_REDIRECT_URI, "", Outcome.SKIPPED, "JIFEN_PUBLIC_URL is not set",
                    PUBLIC_URL_MISSING));
        } else {
            findings.add(SsoCheckVerdicts.redirectUri(oidc, redirectUri, login));
            String postLogout = oidc.postLogoutRedirectUri();
            findings.add(SsoCheckVerdicts.postLogoutRedirectUri(oidc, postLogout, logoutRequest(postLogout)));
        }
        if (embed.frameSignIn()) {
            findings.add(SsoCheckVerdicts.framing(oidc, embed.portalOrigins(), login));
        }
        return new SsoCheckReport(clock.instant(), oidc.issuerUri(), oidc.clientId(), findings, warnings);
    }

    /** Keycloak's answer: status, headers and body, or the reason there was none. */
    record Answer(URI request, int status, HttpResponse<String> response, String failure) {

        boolean answered() {
            return failure == null && status < 500;
        }

        String header(String name) {
            return response == null ? "" : response.headers().firstValue(name).orElse("");
        }

        List<String> headers(String name) {
            return response == null ? List.of() : response.headers().allValues(name);
        }

        String body() {
            return response == null ? "" : response.body();
        }
    }

    private Answer authorizationRequest(String redirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", oidc.clientId());
        params.put("response_type", "code");
        params.put("scope", "openid");
        if (!redirectUri.isEmpty()) {
            params.put("redirect_uri", redirectUri);
        }
        params.put("state", "jifen-sso-self-check");
        params.put("code_challenge", CODE_CHALLENGE);
        params.put("code_challenge_method", "S256");
        params.put("ui_locales", "en"); // Keycloak's messages in English, for the operator's log
        return get(URI.create(oidc.endpoint("auth") + "?" + form(params)));
    }

    private Answer logoutRequest(String postLogoutRedirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", oidc.clientId());
        params.put("post_logout_redirect_uri", postLogoutRedirectUri);
        params.put("ui_locales", "en");
        return get(URI.create(oidc.endpoint("logout") + "?" + form(params)));
    }

    private Answer get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "text/html").header("Accept-Language", "en").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(uri, response.statusCode(), response, null);
        } catch (IOException e) {
            return new Answer(uri, 0, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(uri, 0, null, "interrupted");
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
