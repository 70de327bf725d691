package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the self-check reads Keycloak's framing headers, and how long it waits between checks. */
class FramingPolicyTest {

    private static final String KEYCLOAK = "https://sso.example.org";
    private static final List<String> PORTALS = List.of("https://oa.example.org", "https://oa2.example.org:8443");

    @Test
    void keycloakDefaultsRefuseEveryPortal() {
        var policy = new FramingPolicy(KEYCLOAK, List.of("frame-src 'self'; frame-ancestors 'self'; object-src 'none';"),
                "SAMEORIGIN");
        assertThat(policy.refusedOrigins(PORTALS)).isEqualTo(PORTALS);
        assertThat(policy.refusedOrigins(List.of(KEYCLOAK + ":443"))).as("its own origin").isEmpty();
    }

    @Test
    void realmWithTheEmptyVariableRefusesEveryPortal() {
        // jifen-realm.json with JIFEN_KEYCLOAK_FRAME_ANCESTORS unset: "frame-ancestors 'self' ;"
        var policy = new FramingPolicy(KEYCLOAK, List.of("frame-src 'self'; frame-ancestors 'self' ; object-src 'none';"),
                "SAMEORIGIN");
        assertThat(policy.refusedOrigins(PORTALS)).isEqualTo(PORTALS);
    }

    @Test
    void listedOriginsAreAllowedWhenXFrameOptionsIsCleared() {
        var csp = List.of("frame-src 'self'; frame-ancestors 'self' https://oa.example.org https://oa2.example.org:8443;");
        assertThat(new FramingPolicy(KEYCLOAK, csp, "").refusedOrigins(PORTALS)).isEmpty();
        assertThat(new FramingPolicy(KEYCLOAK, csp, "SAMEORIGIN").refusedOrigins(PORTALS))
                .as("X-Frame-Options left at SAMEORIGIN still blanks the frame in older browsers").isEqualTo(PORTALS);
        assertThat(new FramingPolicy(KEYCLOAK, csp, "").refusedOrigins(List.of("https://evil.example.net")))
                .containsExactly("https://evil.example.net");
    }

    @Test
    void commaSeparatedOriginsSplitThePolicy() {
        // a comma in a CSP header starts a second policy: only the first origin ends up allowed
        var policy = new FramingPolicy(KEYCLOAK,
                List.of("frame-ancestors 'self' https://oa.example.org, https://oa2.example.org:8443"), "");
        assertThat(policy.refusedOrigins(PORTALS)).containsExactly("https://oa2.example.org:8443");
        var strict = new FramingPolicy(KEYCLOAK,
                List.of("frame-ancestors https://oa.example.org", "frame-ancestors https://oa2.example.org:8443"), "");
        assertThat(strict.refusedOrigins(PORTALS)).as("every policy must allow").isEqualTo(PORTALS);
    }

    @Test
    void wildcardsSchemesAndPorts() {
        assertThat(new FramingPolicy(KEYCLOAK, List.of("frame-ancestors *.example.org:*"), "")
                .refusedOrigins(PORTALS)).isEmpty();
        assertThat(new FramingPolicy(KEYCLOAK, List.of("frame-ancestors https:"), "").refusedOrigins(PORTALS))
                .isEmpty();
        assertThat(new FramingPolicy(KEYCLOAK, List.of("frame-ancestors https://oa2.example.org"), "")
                .refusedOrigins(PORTALS)).as("port 8443 is not the default port").isEqualTo(PORTALS);
        assertThat(new FramingPolicy(KEYCLOAK, List.of("frame-ancestors 'none'"), "").refusedOrigins(PORTALS))
                .isEqualTo(PORTALS);
        assertThat(new FramingPolicy(KEYCLOAK, List.of(), "DENY").refusedOrigins(List.of(KEYCLOAK)))
                .containsExactly(KEYCLOAK);
    }

    @Test
    void retriesBackOffUpToTheLimitAndDefaultsAreSane() {
        var schedule = new SsoSelfCheckProperties(null, Duration.ofSeconds(5), Duration.ofSeconds(30), null, null);
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(schedule::retryAfter)).containsExactly(Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30));
        var defaults = new SsoSelfCheckProperties(null, null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.recheck()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.firstRetry()).isEqualTo(Duration.ofSeconds(5));
    }
}
