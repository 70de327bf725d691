package io.jifen.integration.handoff;

import io.jifen.integration.handoff.HandoffRefusal.Refused;
import io.jifen.security.EmbedProperties;
import io.jifen.security.OidcProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks an access token a cross-site portal handed the frame: signed by the realm (its JWKS), issued by it, not
 * expired, for the console's audience, requested by an allowed portal client ({@code azp}), an access token
 * ({@code typ} Bearer), issued at most {@link #MAX_AGE} ago, and naming itself ({@code jti}) so that a replay can be
 * recognised. Keycloak's exchanged tokens live as long as the realm's access tokens (5 minutes); the age bound keeps
 * a token that leaked from the portal page useless soon after, whatever the realm's setting.
 */
final class HandoffTokenVerifier {

    static final Duration MAX_AGE = Duration.ofMinutes(2);
    /** Clocks of Keycloak and console may differ a little: a token "issued" this far in the future still counts. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    static final int MAX_JTI_LENGTH = 100;

    private final JwtDecoder decoder;
    private final String audience;
    private final List<String> portalClients;
    private final Clock clock;

    HandoffTokenVerifier(JwtDecoder decoder, String audience, List<String> portalClients, Clock clock) {
        this.decoder = decoder;
        this.audience = audience;
        this.portalClients = List.copyOf(portalClients);
        this.clock = clock;
    }

    static HandoffTokenVerifier of(OidcProperties oidc, EmbedProperties embed) {
        String issuer = oidc.issuerUri().replaceAll("/+$", "");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
        return new HandoffTokenVerifier(decoder, oidc.clientId(), embed.portalClientIds(), Clock.systemUTC());
    }

    Jwt verify(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw new Refused(HandoffRefusal.INVALID, "not a valid token of the realm: " + e.getMessage());
        }
        require(jwt.getAudience() != null && jwt.getAudience().contains(audience),
                "audience " + jwt.getAudience() + " lacks " + audience);
        String azp = jwt.getClaimAsString("azp");
        require(azp != null && portalClients.contains(azp), "portal client (azp) " + azp + " not in " + portalClients);
        require("Bearer".equals(jwt.getClaimAsString("typ")), "typ " + jwt.getClaimAsString("typ") + " is no access token");
        Instant now = clock.instant();
        Instant issuedAt = jwt.getIssuedAt();
        require(issuedAt != null && !issuedAt.isBefore(now.minus(MAX_AGE)) && !issuedAt.isAfter(now.plus(CLOCK_SKEW)),
                "issued at " + issuedAt + ", more than " + MAX_AGE + " from " + now);
        require(jwt.getExpiresAt() != null, "no expiry");
        String jti = jwt.getId();
        require(jti != null && !jti.isBlank() && jti.length() <= MAX_JTI_LENGTH, "no usable jti");
        require(jwt.getSubject() != null, "no sub");
        return jwt;
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new Refused(HandoffRefusal.INVALID, otherwise);
        }
    }
}
