package io.jifen.security;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OIDC back-channel logout: Keycloak calls this when a user's SSO session ends (logout at the portal, at Keycloak,
 * or by an administrator). The logout token is checked like any token of the realm, plus the rules of the
 * back-channel logout spec; the ended session is recorded, and every console session signed in from it ends at its
 * next request ({@link EndedSsoSessionFilter}) — whichever replica holds it.
 */
@RestController
@Profile("!dev")
class BackChannelLogout {

    static final String PATH = "/logout/connect/back-channel/" + OidcSecurityConfig.REGISTRATION_ID;
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Logger LOG = LoggerFactory.getLogger(BackChannelLogout.class);

    private final JwtDecoder decoder;
    private final SsoLogouts logouts;

    BackChannelLogout(OidcProperties oidc, SsoLogouts logouts) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs")).validateType(false).build();
        // not JwtValidators' defaults: they require typ JWT, and a logout token is typed logout+jwt (spec 2.4)
        JwtTypeValidator type = new JwtTypeValidator("logout+jwt", "JWT");
        type.setAllowEmpty(true);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(oidc.issuerUri()), type, logoutTokenRules(oidc.clientId())));
        this.decoder = nimbus;
        this.logouts = logouts;
    }

    @PostMapping(path = PATH, consumes = "application/x-www-form-urlencoded")
    ResponseEntity<Map<String, String>> logout(@RequestParam(name = "logout_token", required = false) String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token == null ? "" : token);
        } catch (JwtException e) {
            LOG.warn("Back-channel logout refused: {}", e.getMessage());
            return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                    .body(Map.of("error", "invalid_request", "error_description", "invalid logout token"));
        }
        logouts.record(jwt.getClaimAsString("sid"), jwt.getSubject());
        LOG.info("Keycloak session ended (back-channel logout): sid={} sub={}", jwt.getClaimAsString("sid"),
                jwt.getSubject());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).build();
    }

    /** OpenID Connect Back-Channel Logout 1.0, section 2.6: audience, the logout event, no nonce, sid or sub. */
    static OAuth2TokenValidator<Jwt> logoutTokenRules(String clientId) {
        return jwt -> {
            List<String> audience = jwt.getAudience();
            Object events = jwt.getClaims().get("events");
            boolean valid = audience != null && audience.contains(clientId)
                    && events instanceof Map<?, ?> map && map.containsKey(EVENT)
                    && !jwt.hasClaim("nonce")
                    && (jwt.hasClaim("sid") || jwt.getSubject() != null)
                    && jwt.getIssuedAt() != null;
            return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "not a logout token for " + clientId, null));
        };
    }
}
