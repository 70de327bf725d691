package io.jifen.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console may be framed.
 *
 * @param portalOrigins origins of the OA portal(s) allowed to show the console in an iframe, e.g.
 *                      {@code https://oa.example.org}; the console's own origin is always allowed
 */
@ConfigurationProperties("jifen.embed")
public record EmbedProperties(List<String> portalOrigins) {

    public EmbedProperties {
        portalOrigins = portalOrigins == null ? List.of() : List.copyOf(portalOrigins);
        for (String origin : portalOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.\\-]+(:\\d+)?")) {
                throw new IllegalArgumentException("jifen.embed.portal-origins: not an origin: " + origin);
            }
        }
    }

    String frameAncestors() {
        return "frame-ancestors 'self'" + portalOrigins.stream().map(o -> " " + o).reduce("", String::concat);
    }
}
