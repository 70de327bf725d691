package io.jifen.integration.handoff;

import io.jifen.security.EmbedProperties;
import io.jifen.security.OidcProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The token hand-over of a cross-site portal, switched on by {@code jifen.embed.cross-site=true}. The console then
 * refuses to start unless everything the hand-over needs is set: a frame without them would only ever be blank.
 */
@Configuration
@ConditionalOnProperty(name = "jifen.embed.cross-site", havingValue = "true")
class HandoffConfig {

    @Bean
    HandoffTokenVerifier handoffTokenVerifier(OidcProperties oidc, EmbedProperties embed, Environment environment) {
        List<String> missing = missingSettings(oidc, embed, environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("jifen.embed.cross-site=true (JIFEN_EMBED_CROSS_SITE) needs "
                    + String.join("; ", missing) + " (docs/embedding-cross-site.md)");
        }
        return HandoffTokenVerifier.of(oidc, embed);
    }

    static List<String> missingSettings(OidcProperties oidc, EmbedProperties embed, Environment environment) {
        List<String> missing = new ArrayList<>();
        if (oidc.issuerUri() == null || oidc.issuerUri().isBlank()) {
            missing.add("the Keycloak realm (JIFEN_OIDC_ISSUER_URI)");
        }
        if (embed.portalOrigins().isEmpty()) {
            missing.add("the portal's origin (JIFEN_EMBED_PORTAL_ORIGINS)");
        }
        if (embed.portalClientIds().isEmpty()) {
            missing.add("the portal's Keycloak client (JIFEN_EMBED_PORTAL_CLIENT_IDS)");
        }
        // Chromium keeps no other cookie in a cross-site frame: without these the hand-over signs in a session
        // the very next request no longer has
        String prefix = "server.servlet.session.cookie.";
        if (!"none".equalsIgnoreCase(environment.getProperty(prefix + "same-site"))) {
            missing.add("SERVER_SERVLET_SESSION_COOKIE_SAME_SITE=none");
        }
        if (!environment.getProperty(prefix + "secure", Boolean.class, false)) {
            missing.add("SERVER_SERVLET_SESSION_COOKIE_SECURE=true (and https)");
        }
        if (!environment.getProperty(prefix + "partitioned", Boolean.class, false)) {
            missing.add("SERVER_SERVLET_SESSION_COOKIE_PARTITIONED=true");
        }
        return missing;
    }
}
