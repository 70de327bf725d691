package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.jifen.JifenApplication;
import io.jifen.security.SsoCheckReport.Finding;
import io.jifen.security.SsoCheckReport.Outcome;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up SSO self-check against a real Keycloak 26 that imports {@code config/keycloak/jifen-realm.json} with
 * the documented variables of a same-site deployment: console {@code console.jifen.test}, Keycloak
 * {@code sso.jifen.test}, portal {@code portal.jifen.test} allowed to frame Keycloak's login page.
 *
 * <ul>
 *   <li>The check started while Keycloak was still booting: UNKNOWN (not DOWN), then UP once Keycloak answers.</li>
 *   <li>A wrong console URL, a foreign portal origin, a wrong client id: DOWN, with a finding that names the value
 *   and the fix, and an ERROR log line.</li>
 *   <li>A console started with the {@code prod} profile and a wrong {@code JIFEN_PUBLIC_URL} reports DOWN at
 *   {@code /actuator/health/sso} and in its log, while its readiness stays UP.</li>
 * </ul>
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SsoSelfCheckTest {

    private static final Path REALM_FILE = Path.of("config", "keycloak", "jifen-realm.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "self-check-test-secret";
    private static final String PORTAL = "http://portal.jifen.test:8081";
    private static final String CONSOLE = "http://console.jifen.test:" + KeycloakServer.freePort();
    private static final String WRONG_CONSOLE = "http://console.jifen.test:1";
    /** Quick retries and re-checks, so that the test need not wait minutes. */
    private static final SsoSelfCheckProperties QUICK = new SsoSelfCheckProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5));

    private static KeycloakServer keycloak;
    private static SsoSelfCheckRunner bootRunner;
    private static SsoCheckReport whileBooting;
    private static ConfigurableApplicationContext console;
    private static String consoleBase;

    private ListAppender<ILoggingEvent> logs;

    @BeforeAll
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    static void startKeycloakAndConsole() throws Exception {
        // config/deployment.env.example, same-site topology with Keycloak's form allowed in the portal's frame
        Map<String, String> deployment = Map.of(
                "JIFEN_PUBLIC_URL", CONSOLE,
                "JIFEN_OIDC_CLIENT_SECRET", SECRET,
                "JIFEN_KEYCLOAK_FRAME_ANCESTORS", PORTAL,
                "JIFEN_KEYCLOAK_X_FRAME_OPTIONS", "");
        String database = EmbeddedMariaDb.database("jifen_sso_check");
        keycloak = KeycloakServer.launch(Files.readString(REALM_FILE, StandardCharsets.UTF_8),
                KeycloakServer.freePort(), deployment, "sso.jifen.test");
        // the check starts while Keycloak is still booting, as after a cluster-wide restart
        bootRunner = runner(CONSOLE, true, List.of(PORTAL), "jifen-console");
        bootRunner.start();
        whileBooting = await(bootRunner, r -> true);
        console = startConsole(database, WRONG_CONSOLE);
        keycloak.awaitReady("jifen", Duration.ofSeconds(180));
    }

    @AfterAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void stop() {
        try {
            if (bootRunner != null) {
                bootRunner.close();
            }
            if (console != null) {
                console.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @BeforeEach
    void captureLog() {
        // after the console's start: Spring Boot re-initialises Logback and would drop an earlier appender
        logs = new ListAppender<>();
        logs.start();
        runnerLogger().addAppender(logs);
    }

    @AfterEach
    void releaseLog() {
        runnerLogger().detachAppender(logs);
    }

    @Test
    void unknownWhileKeycloakBootsThenUpOnceItAnswers() throws Exception {
        assertThat(whileBooting.status()).isEqualTo(Status.UNKNOWN);
        assertThat(whileBooting.findings()).extracting(Finding::outcome).contains(Outcome.UNREACHABLE)
                .doesNotContain(Outcome.REFUSED);

        SsoCheckReport up = await(bootRunner, r -> r.status().equals(Status.UP));
        assertThat(up.findings()).extracting(Finding::check, Finding::value, Finding::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SsoSelfCheck.REDIRECT_URI,
                        CONSOLE + "/login/oauth2/code/keycloak", Outcome.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(SsoSelfCheck.POST_LOGOUT_REDIRECT_URI, CONSOLE + "/sso/sign-in?signed-out",
                        Outcome.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(SsoSelfCheck.FRAME_ANCESTORS, PORTAL, Outcome.ACCEPTED));
        var health = bootRunner.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("issuer", keycloak.issuer("jifen"))
                .containsKeys("redirectUri", "postLogoutRedirectUri", "frameAncestors", "checkedAt");
    }

    @Test
    void wrongConsoleUrlIsDownNamingTheRedirectUriWithAnErrorLine() throws Exception {
        try (SsoSelfCheckRunner runner = runner(WRONG_CONSOLE, false, List.of(), "jifen-console")) {
            runner.start();
            SsoCheckReport report = await(runner, r -> r.keycloakAnswered());
            assertThat(report.status()).isEqualTo(Status.DOWN);
            Finding redirect = finding(report, SsoSelfCheck.REDIRECT_URI);
            String wrongUri = WRONG_CONSOLE + "/login/oauth2/code/keycloak";
            assertThat(redirect.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(redirect.value()).isEqualTo(wrongUri);
            assertThat(redirect.problem()).contains(wrongUri).contains("Invalid parameter: redirect_uri");
            assertThat(redirect.fix()).contains("JIFEN_PUBLIC_URL=" + WRONG_CONSOLE).contains("Valid redirect URIs");
            assertThat(finding(report, SsoSelfCheck.POST_LOGOUT_REDIRECT_URI).outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(finding(report, SsoSelfCheck.POST_LOGOUT_REDIRECT_URI).fix())
                    .contains("Valid post logout redirect URIs");

            assertThat(errorLines()).anySatisfy(line -> assertThat(line)
                    .contains("Keycloak refuses the console's redirect URI " + wrongUri)
                    .contains("Fix: import the realm with JIFEN_PUBLIC_URL="));
        }
    }

    @Test
    void portalNotAllowedToFrameKeycloakIsDownWhenFrameSignInIsOn() throws Exception {
        String foreign = "http://portal.oa.test:8081";
        try (SsoSelfCheckRunner runner = runner(CONSOLE, true, List.of(PORTAL, foreign), "jifen-console")) {
            runner.start();
            SsoCheckReport report = await(runner, r -> r.keycloakAnswered());
            assertThat(report.status()).isEqualTo(Status.DOWN);
            assertThat(finding(report, SsoSelfCheck.REDIRECT_URI).outcome()).isEqualTo(Outcome.ACCEPTED);
            Finding framing = finding(report, SsoSelfCheck.FRAME_ANCESTORS);
            assertThat(framing.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(framing.problem()).contains("refuses to be framed by " + foreign + " (")
                    .contains("frame-ancestors 'self' " + PORTAL);
            assertThat(framing.fix()).contains("JIFEN_KEYCLOAK_FRAME_ANCESTORS=\"" + PORTAL + " " + foreign + "\"");
            assertThat(errorLines()).anySatisfy(line -> assertThat(line).contains(foreign)
                    .contains("JIFEN_KEYCLOAK_FRAME_ANCESTORS"));
        }
    }

    @Test
    void unknownClientAndMissingPublicUrlAreNamed() {
        SsoCheckReport noClient = check(CONSOLE, "jifen-konsole", true).run();
        assertThat(noClient.status()).isEqualTo(Status.DOWN);
        assertThat(finding(noClient, SsoSelfCheck.REDIRECT_URI).problem()).contains("no client 'jifen-konsole'");
        assertThat(finding(noClient, SsoSelfCheck.REDIRECT_URI).fix()).contains("JIFEN_OIDC_CLIENT_ID");

        SsoCheckReport noUrl = check("", "jifen-console", true).run();
        assertThat(noUrl.status()).as("nothing could be asked").isEqualTo(Status.UNKNOWN);
        assertThat(noUrl.warnings()).containsExactly(SsoSelfCheck.PUBLIC_URL_MISSING);
        assertThat(check("", "jifen-console", false).run().warnings()).as("outside prod").isEmpty();
    }

    @Test
    void productionConsoleWithWrongPublicUrlReportsDownButStaysReady() throws Exception {
        HttpResponse<String> sso = awaitHealth("/actuator/health/sso", "DOWN");
        assertThat(sso.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(sso.body()).has("details")).as("no details for anonymous callers").isFalse();
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);

        SsoSelfCheckRunner runner = console.getBean("ssoHealthIndicator", SsoSelfCheckRunner.class);
        JsonNode details = JSON.valueToTree(runner.health().getDetails());
        assertThat(details.get("redirectUri").get("value").asString())
                .isEqualTo(WRONG_CONSOLE + "/login/oauth2/code/keycloak");
        // the console re-checks every second here: its next check writes the ERROR line again
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (errorLines().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(errorLines()).anySatisfy(line -> assertThat(line)
                .contains("Keycloak refuses the console's redirect URI " + WRONG_CONSOLE));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static SsoSelfCheck check(String publicUrl, String clientId, boolean production) {
        return new SsoSelfCheck(oidc(publicUrl, clientId), embed(false, List.of()), production, QUICK.timeout(),
                Clock.systemUTC());
    }

    private static SsoSelfCheckRunner runner(String publicUrl, boolean frameSignIn, List<String> portals,
                                             String clientId) {
        return SsoSelfCheckRunner.create(oidc(publicUrl, clientId), embed(frameSignIn, portals), true, QUICK,
                Clock.systemUTC());
    }

    private static OidcProperties oidc(String publicUrl, String clientId) {
        return new OidcProperties(keycloak.issuer("jifen"), clientId, SECRET, publicUrl);
    }

    private static EmbedProperties embed(boolean frameSignIn, List<String> portals) {
        return new EmbedProperties(portals, "", frameSignIn, false, List.of());
    }

    private static SsoCheckReport await(SsoSelfCheckRunner runner, Predicate<SsoCheckReport> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(200).toNanos();
        while (System.nanoTime() < deadline) {
            SsoCheckReport report = runner.latest();
            if (report != null && condition.test(report)) {
                return report;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such report; latest: " + runner.latest());
    }

    private static Finding finding(SsoCheckReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " in " + report));
    }

    private List<String> errorLines() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private static Logger runnerLogger() {
        return (Logger) LoggerFactory.getLogger(SsoSelfCheckRunner.class);
    }

    private static ConfigurableApplicationContext startConsole(String database, String publicUrl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JifenApplication.class)
                .profiles("prod")
                .run("--server.port=0",
                        "--server.address=127.0.0.1",
                        "--SPRING_DATASOURCE_URL=" + database,
                        "--SPRING_DATASOURCE_USERNAME=" + EmbeddedMariaDb.USER,
                        "--SPRING_DATASOURCE_PASSWORD=" + EmbeddedMariaDb.PASSWORD,
                        "--JIFEN_OIDC_ISSUER_URI=" + keycloak.issuer("jifen"),
                        "--JIFEN_OIDC_CLIENT_SECRET=" + SECRET,
                        "--JIFEN_PUBLIC_URL=" + publicUrl,
                        "--jifen.sso-check.first-retry=200ms",
                        "--jifen.sso-check.max-retry=1s",
                        "--jifen.sso-check.recheck=1s");
        consoleBase = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        return context;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(consoleBase + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> awaitHealth(String path, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> answer;
        do {
            answer = get(path);
            if (answer.body().contains("\"status\":\"" + status + "\"")) {
                return answer;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " never became " + status + ": " + answer.body());
    }
}
