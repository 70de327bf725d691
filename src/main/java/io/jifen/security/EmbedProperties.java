package io.jifen.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the console lives inside the OA portal.
 *
 * @param portalOrigins   origins of the OA portal(s) allowed to show the console in an iframe, e.g.
 *                        {@code https://oa.example.org}; the console's own origin is always allowed. Separated by
 *                        commas or spaces, so one {@code JIFEN_EMBED_PORTAL_ORIGINS} serves the console and the
 *                        Keycloak realm import (whose CSP wants spaces)
 * @param portalName      the portal's name as users know it (e.g. "智慧党建门户"), shown on the "please sign in" page;
 *                        empty shows a generic word from the bundles
 * @param frameSignIn     let Keycloak's login form appear inside the portal's frame (the realm must then allow the
 *                        portal in its {@code frame-ancestors}); off by default: a password belongs in a window with
 *                        an address bar, so a framed console without a session offers a top-level sign-in instead
 * @param crossSite       the portal is on another site than the console: the frame signs in by a token the portal
 *                        hands over ({@code postMessage}), and the session cookie is {@code Partitioned; Secure;
 *                        SameSite=None} (set through {@code server.servlet.session.cookie.*}, see the example config)
 * @param portalClientIds Keycloak clients of the portal allowed to hand the frame a token (the token's {@code azp})
 */
@ConfigurationProperties("jifen.embed")
public record EmbedProperties(List<String> portalOrigins, String portalName, boolean frameSignIn, boolean crossSite,
                              List<String> portalClientIds) {

    public EmbedProperties {
        portalOrigins = splitOnSpaces(portalOrigins);
        for (String origin : portalOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.\\-]+(:\\d+)?")) {
                throw new IllegalArgumentException("jifen.embed.portal-origins: not an origin: " + origin);
            }
        }
        portalName = portalName == null ? "" : portalName.strip();
        portalClientIds = splitOnSpaces(portalClientIds);
    }

    private static List<String> splitOnSpaces(List<String> values) {
        return values == null ? List.of() : values.stream()
                .flatMap(v -> Arrays.stream(v.strip().split("[\\s,]+"))).filter(v -> !v.isEmpty()).toList();
    }

    String frameAncestors() {
        return "frame-ancestors 'self'" + portalOrigins.stream().map(o -> " " + o).reduce("", String::concat);
    }
}
