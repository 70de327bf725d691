package io.jifen.security;

import io.jifen.security.SsoCheckReport.Finding;
import io.jifen.security.SsoCheckReport.Outcome;
import io.jifen.security.SsoSelfCheck.Answer;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Keycloak's answers to the {@link SsoSelfCheck}'s requests: accepted, refused (with what to change, naming
 * the variable of config/deployment.env.example and the client setting in Keycloak's admin console) or no answer.
 */
final class SsoCheckVerdicts {

    /** The message of Keycloak's error page (keycloak.v2 theme), e.g. "Invalid parameter: redirect_uri". */
    private static final Pattern ERROR_MESSAGE = Pattern.compile(
            "class=\"(?:instruction|kc-feedback-text|pf-v5-c-alert__title)[^\"]*\"[^>]*>\\s*([^<]+)<");

    private SsoCheckVerdicts() {
    }

    static Finding redirectUri(OidcProperties oidc, String redirectUri, Answer answer) {
        if (!answer.answered()) {
            return unreachable(SsoSelfCheck.REDIRECT_URI, redirectUri, answer);
        }
        if (answer.status() == 200 || redirectsTo(answer, redirectUri)) {
            String error = answer.status() == 200 ? null : queryValue(answer.header("Location"), "error");
            if (error == null) {
                return Finding.accepted(SsoSelfCheck.REDIRECT_URI, redirectUri);
            }
            return refused(SsoSelfCheck.REDIRECT_URI, redirectUri, "Keycloak accepts the redirect URI but refuses "
                    + "the console's sign-in request (error=" + error + ")", "in Keycloak's admin console, Clients > "
                    + oidc.clientId() + ": enable 'Standard flow' and set 'Proof Key for Code Exchange Code Challenge "
                    + "Method' to S256, as in config/keycloak/jifen-realm.json");
        }
        String message = message(answer);
        if (answer.status() == 404) {
            return refused(SsoSelfCheck.REDIRECT_URI, redirectUri, "Keycloak has no realm at " + oidc.issuerUri()
                    + " (HTTP 404)", "set JIFEN_OIDC_ISSUER_URI to https://<keycloak>/realms/<realm> of the imported "
                    + "realm (config/keycloak/README.md)");
        }
        if (message.toLowerCase().contains("client not found")) {
            return refused(SsoSelfCheck.REDIRECT_URI, redirectUri, "Keycloak has no client '" + oidc.clientId()
                    + "' in realm " + oidc.issuerUri() + " (\"" + message + "\")", "set JIFEN_OIDC_CLIENT_ID to the "
                    + "console's client (jifen-console in config/keycloak/jifen-realm.json), and JIFEN_OIDC_ISSUER_URI "
                    + "to the realm that holds it");
        }
        return refused(SsoSelfCheck.REDIRECT_URI, redirectUri, "Keycloak refuses the console's redirect URI "
                + redirectUri + " (HTTP " + answer.status() + ", \"" + message + "\"): every sign-in ends on "
                + "Keycloak's error page, and a framed console stays blank", "import the realm with JIFEN_PUBLIC_URL="
                + oidc.publicUrl() + " (the console's value), or add " + redirectUri + " to Clients > "
                + oidc.clientId() + " > Valid redirect URIs in Keycloak's admin console. If " + oidc.publicUrl()
                + " is not the address browsers use for the console, correct JIFEN_PUBLIC_URL on the console instead");
    }

    static Finding postLogoutRedirectUri(OidcProperties oidc, String postLogout, Answer answer) {
        if (!answer.answered()) {
            return unreachable(SsoSelfCheck.POST_LOGOUT_REDIRECT_URI, postLogout, answer);
        }
        // without a session Keycloak sends the browser straight on (302), or asks to confirm the logout (200)
        if (answer.status() == 200 || redirectsTo(answer, postLogout)) {
            return Finding.accepted(SsoSelfCheck.POST_LOGOUT_REDIRECT_URI, postLogout);
        }
        return refused(SsoSelfCheck.POST_LOGOUT_REDIRECT_URI, postLogout, "Keycloak refuses the console's "
                + "post-logout redirect URI " + postLogout + " (HTTP " + answer.status() + ", \"" + message(answer)
                + "\"): logout ends on Keycloak's error page", "import the realm with JIFEN_PUBLIC_URL="
                + oidc.publicUrl() + ", or add " + oidc.publicUrl() + "/* to Clients > " + oidc.clientId()
                + " > Valid post logout redirect URIs in Keycloak's admin console");
    }

    static Finding framing(OidcProperties oidc, List<String> portalOrigins, Answer login) {
        String origins = String.join(" ", portalOrigins);
        if (!login.answered()) {
            return unreachable(SsoSelfCheck.FRAME_ANCESTORS, origins, login);
        }
        FramingPolicy policy = new FramingPolicy(originOf(oidc.issuerUri()),
                login.headers("Content-Security-Policy"), login.header("X-Frame-Options"));
        List<String> refused = policy.refusedOrigins(portalOrigins);
        if (portalOrigins.isEmpty()) {
            return refused(SsoSelfCheck.FRAME_ANCESTORS, "", "jifen.embed.frame-sign-in is true but no portal "
                    + "origin is configured", "set JIFEN_EMBED_PORTAL_ORIGINS to the portal's origin(s), or "
                    + "JIFEN_EMBED_FRAME_SIGN_IN=false");
        }
        if (refused.isEmpty()) {
            return Finding.accepted(SsoSelfCheck.FRAME_ANCESTORS, origins);
        }
        return refused(SsoSelfCheck.FRAME_ANCESTORS, origins, "jifen.embed.frame-sign-in is true, but Keycloak's "
                + "login page refuses to be framed by " + String.join(" ", refused) + " (" + policy.describe()
                + "): the frame stays blank", "import the realm with JIFEN_KEYCLOAK_FRAME_ANCESTORS=\"" + origins
                + "\" (space-separated) and JIFEN_KEYCLOAK_X_FRAME_OPTIONS= (empty), or in Keycloak's admin console "
                + "Realm settings > Security defenses > Headers: add the origins to frame-ancestors of "
                + "Content-Security-Policy and clear X-Frame-Options; or set JIFEN_EMBED_FRAME_SIGN_IN=false so that "
                + "the console signs in at top level");
    }

    private static Finding unreachable(String check, String value, Answer answer) {
        String why = answer.failure() != null ? answer.failure() : "HTTP " + answer.status();
        return new Finding(check, value, Outcome.UNREACHABLE, "Keycloak did not answer " + answer.request().getScheme()
                + "://" + answer.request().getAuthority() + answer.request().getPath() + " (" + why + ")",
                "start Keycloak, or check JIFEN_OIDC_ISSUER_URI and that the console can reach Keycloak at that "
                        + "address");
    }

    private static Finding refused(String check, String value, String problem, String fix) {
        return new Finding(check, value, Outcome.REFUSED, problem, "Fix: " + fix + ".");
    }

    private static boolean redirectsTo(Answer answer, String uri) {
        return answer.status() / 100 == 3 && answer.header("Location").startsWith(uri);
    }

    private static String message(Answer answer) {
        Matcher m = ERROR_MESSAGE.matcher(answer.body());
        return m.find() ? m.group(1).strip() : "no message";
    }

    private static String queryValue(String location, String name) {
        String query = URI.create(location).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
