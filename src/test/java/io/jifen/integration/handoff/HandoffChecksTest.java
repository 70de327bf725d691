package io.jifen.integration.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jifen.integration.handoff.HandoffRefusal.Refused;
import io.jifen.security.EmbedProperties;
import io.jifen.security.OidcProperties;
import io.jifen.shared.ApiProblemResponses;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.Messages;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The checks of a handed-over token that the end-to-end test cannot reach in its time (age, type, missing jti),
 * on tokens signed here; and the console's refusal to run the hand-over half configured.
 */
class HandoffChecksTest {

    private static final String ISSUER = "https://sso.example.org/realms/jifen";
    /** Now, not a fixed instant: the decoder checks {@code exp} against the real clock. */
    private static final Instant NOW = Instant.now();
    private static final KeyPair KEYS = rsa();

    private final HandoffTokenVerifier verifier = new HandoffTokenVerifier(
            NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build(), "jifen-console",
            List.of("oa-portal"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshAccessTokenOfTheListedPortalForTheConsolePasses() throws Exception {
        assertThat(verifier.verify(token(c -> c)).getId()).isEqualTo("jti-1");
    }

    @Test
    void aTokenIssuedMoreThanTwoMinutesAgoIsRefused() {
        String old = token(c -> c.issueTime(Date.from(NOW.minus(HandoffTokenVerifier.MAX_AGE).minusSeconds(1))));
        assertRefused(old);
    }

    @Test
    void anIdTokenOrATokenWithoutJtiIsRefused() {
        assertRefused(token(c -> c.claim("typ", "ID")));
        assertRefused(token(c -> c.jwtID(null)));
        assertRefused(token(c -> c.audience("account")));
        assertRefused(token(c -> c.claim("azp", "jifen-console")));
    }

    @Test
    void withoutCrossSiteTheEndpointIsNotFound() throws Exception {
        var embed = new EmbedProperties(List.of(), "", false, false, List.of());
        var controller = new EmbedTokenController(embed,
                new StaticListableBeanFactory().getBeanProvider(HandoffTokenVerifier.class),
                null, new HandoffSignIn(), new ApiProblemResponses(new Messages()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.handOff("{\"token\":\"x\",\"nonce\":\"y\"}".getBytes(), new MockHttpServletRequest(), response);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theBodyIsReadStrictly() {
        var embed = new EmbedProperties(List.of("https://oa.other.cn"), "", false, true, List.of("oa-portal"));
        var verifiers = new StaticListableBeanFactory();
        verifiers.addBean("verifier", verifier);
        var controller = new EmbedTokenController(embed, verifiers.getBeanProvider(HandoffTokenVerifier.class),
                null, new HandoffSignIn(), new ApiProblemResponses(new Messages()));
        for (String body : List.of("{\"token\":\"x\",\"nonce\":\"y\",\"user\":\"qs.admin\"}",
                "{\"token\":\"x\",\"token\":\"y\",\"nonce\":\"z\"}", "{\"token\":1,\"nonce\":\"y\"}",
                "[\"x\"]", "")) {
            assertThatThrownBy(() -> controller.handOff(body.getBytes(), new MockHttpServletRequest(),
                    new MockHttpServletResponse())).as(body).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void crossSiteNeedsThePartitionedSecureCookieAndThePortal() {
        var oidc = new OidcProperties(ISSUER, "jifen-console", "secret", "https://jifen.example.org");
        var embed = new EmbedProperties(List.of("https://oa.other.cn"), "", false, true, List.of("oa-portal"));
        assertThat(HandoffConfig.missingSettings(oidc, embed, new MockEnvironment()))
                .containsExactly("SERVER_SERVLET_SESSION_COOKIE_SAME_SITE=none",
                        "SERVER_SERVLET_SESSION_COOKIE_SECURE=true (and https)",
                        "SERVER_SERVLET_SESSION_COOKIE_PARTITIONED=true");
        MockEnvironment cookie = new MockEnvironment()
                .withProperty("server.servlet.session.cookie.same-site", "None")
                .withProperty("server.servlet.session.cookie.secure", "true")
                .withProperty("server.servlet.session.cookie.partitioned", "true");
        assertThat(HandoffConfig.missingSettings(oidc, embed, cookie)).isEmpty();
        var noPortal = new EmbedProperties(List.of(), "", false, true, List.of());
        assertThat(HandoffConfig.missingSettings(oidc, noPortal, cookie)).hasSize(2);
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).reason()).isEqualTo(HandoffRefusal.INVALID);
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("user-1").jwtID("jti-1")
                .audience("jifen-console").claim("azp", "oa-portal").claim("typ", "Bearer")
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("preferred_username", "qs01.secretary");
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), change.apply(claims).build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
