package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.JifenApplication;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.HttpBrowser;
import io.jifen.testsupport.HttpBrowser.Page;
import io.jifen.testsupport.KeycloakServer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Single sign-on against a real Keycloak 26 server that imports {@code config/keycloak/jifen-realm.json}.
 *
 * <ol>
 *   <li>Realm and mapping: every demo user of {@code application-dev.yml} signs in through Keycloak's HTML login
 *   form (authorization code + PKCE S256, the {@code jifen-console} client with its secret and the console's
 *   redirect URI — the realm file imported as shipped, with the deployment's variables {@code JIFEN_PUBLIC_URL} and
 *   {@code JIFEN_OIDC_CLIENT_SECRET}, no hand edits); {@link KeycloakClaimsMapper#toUser} of the ID
 *   token, the access token and the userinfo answer each yields the same {@link JifenUser} as the dev login
 *   (name, org code, roles) plus the group path that mirrors the organization tree.</li>
 *   <li>Realm hardening: PKCE is required, a wrong code verifier is refused, direct grants (passwords sent to
 *   the token endpoint) are disabled, a wrong password stays on the form, users cannot change their own
 *   {@code org_code}, and the login page refuses every frame by default.</li>
 *   <li>End to end: the console itself runs with the {@code prod} profile ({@code application-prod.yml}, settings
 *   given under the names of the production environment variables) on a random port. A browser-like client opens
 *   a view, is sent to Keycloak, signs in, comes back, and the console's security context holds the right
 *   {@link JifenUser}; Vaadin's client protocol (init request + {@code ui-navigate} event) then shows that each
 *   role reaches its views and no others. Logout ends the Keycloak session too.</li>
 * </ol>
 *
 * The Keycloak distribution is unpacked by Maven (see pom.xml); traffic goes to 127.0.0.1 only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeycloakSsoTest {

    private static final String REALM = "jifen";
    private static final String CLIENT_ID = "jifen-console";
    private static final String PASSWORD = "demo";
    /** The client secret, given to the realm import and to the console under the same variable name. */
    private static final String CLIENT_SECRET = "sso-test-" + Long.toHexString(new SecureRandom().nextLong());
    /** The console's callback: JIFEN_PUBLIC_URL + /login/oauth2/code/keycloak, registered by the realm import. */
    private static String redirectUri;
    private static final Path REALM_FILE = Path.of("config", "keycloak", "jifen-realm.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Keycloak group of each demo user: the organization tree, by org code. */
    private static final Map<String, String> GROUP_OF = Map.of(
            "qs.admin", "/QS",
            "qs01.secretary", "/QS/QS-01",
            "qs02.secretary", "/QS/QS-02",
            "qs.member", "/QS/QS-01",
            "hn.admin", "/HN",
            "hn01.secretary", "/HN/HN-01",
            "hn.member", "/HN/HN-01");

    /** Session cookie name set by application-prod.yml. */
    private static final String SESSION_COOKIE = "JIFEN_SESSION";
    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    private record Seen(String path, String principal, JifenUser user, Set<Role> inRoles) {
    }

    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext console;
    private static String consoleUrl;
    private static final HttpClient BACKCHANNEL = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    static void startKeycloakAndConsole() throws Exception {
        long started = System.nanoTime();
        int consolePort = KeycloakServer.freePort();
        consoleUrl = "http://127.0.0.1:" + consolePort;
        redirectUri = consoleUrl + "/login/oauth2/code/keycloak";
        // What an operator does for every installation: the realm file as shipped, with the deployment's variables
        // (config/deployment.env.example) — the same names and values the console gets. No hand edits.
        Map<String, String> deployment = Map.of("JIFEN_PUBLIC_URL", consoleUrl,
                "JIFEN_OIDC_CLIENT_SECRET", CLIENT_SECRET);

        // MariaDB first: its start-up is short but stalls when Keycloak's boot takes every CPU
        String database = EmbeddedMariaDb.database("jifen_sso");
        keycloak = KeycloakServer.launch(Files.readString(REALM_FILE, StandardCharsets.UTF_8),
                KeycloakServer.freePort(), deployment, null);
        // The console needs no Keycloak at startup (explicit endpoints), so both boot side by side.
        console = startConsole(consolePort, database, keycloak.issuer(REALM));
        keycloak.awaitReady(REALM, Duration.ofSeconds(180));
        System.out.printf("Keycloak (log %s) and console %s ready after %d s%n", keycloak.log(), consoleUrl,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @AfterAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void stop() {
        try {
            if (console != null) {
                console.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. realm and claim mapping

    static Stream<String> demoUsers() {
        return devUsers().users().stream().map(DevUsers.DevUser::username);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void realmUserSignsInAndMapsLikeTheDevUser(String username) throws Exception {
        DevUsers.DevUser dev = devUsers().users().stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        JifenUser expected = new JifenUser(dev.username(), dev.displayName(), dev.orgCode(), dev.roles(),
                List.of(GROUP_OF.get(username)));

        Tokens tokens = signInWithCodeFlow(username);

        Map<String, Object> id = payload(tokens.idToken());
        assertThat(id).containsEntry("iss", keycloak.issuer(REALM)).containsEntry("nonce", tokens.nonce())
                .containsEntry("azp", CLIENT_ID).containsEntry("org_code", dev.orgCode());
        assertThat(KeycloakClaimsMapper.toUser(id)).as("ID token of " + username).isEqualTo(expected);
        assertThat(KeycloakClaimsMapper.toUser(payload(tokens.accessToken()))).as("access token").isEqualTo(expected);
        assertThat(KeycloakClaimsMapper.toUser(userInfo(tokens.accessToken()))).as("userinfo").isEqualTo(expected);
        assertThat(KeycloakClaimsMapper.toUser(id).primaryRole()).isEqualTo(dev.roles().iterator().next());
    }

    @Test
    void everyDevUserExistsInTheRealmAndNoOther() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM_FILE, StandardCharsets.UTF_8));
        List<String> realmUsers = new ArrayList<>();
        // service-account users (the OA event clients) are no people: they have no dev twin
        realm.get("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                realmUsers.add(u.get("username").asString());
            }
        });
        assertThat(realmUsers).containsExactlyInAnyOrderElementsOf(demoUsers().toList());
        assertThat(GROUP_OF.keySet()).containsExactlyInAnyOrderElementsOf(realmUsers);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. client hardening

    @Test
    void pkceIsRequired() throws Exception {
        URI auth = authorizationUri(Map.of("state", "s1", "nonce", "n1")); // no code_challenge
        Page page = new HttpBrowser().get(auth, u -> u.toString().startsWith(redirectUri));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location().getQuery()).contains("error=invalid_request").contains("code_challenge_method");
    }

    @Test
    void codeWithWrongVerifierIsRefused() throws Exception {
        Pkce pkce = Pkce.create();
        String code = authorizationCode("qs.member", pkce, "s2", "n2");
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", Pkce.create().verifier()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void directGrantIsDisabled() throws Exception {
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "password", "username", "qs.admin",
                "password", PASSWORD, "scope", "openid"));
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void wrongPasswordStaysOnTheLoginForm() throws Exception {
        Pkce pkce = Pkce.create();
        HttpBrowser browser = new HttpBrowser();
        Page form = browser.get(authorizationUri(pkce.params("s3", "n3")));
        Page answer = browser.login(form, "hn.member", "not-the-password", toConsoleCallback());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.loginError()).isNotBlank();
        assertThat(answer.loginFormAction()).isNotNull();
    }

    @Test
    void usersCannotMoveThemselvesToAnotherOrganization() throws Exception {
        // org_code decides the scope of everything a user may see: the user profile lets only admins edit it
        Tokens tokens = signInWithCodeFlow("qs02.secretary");
        URI account = URI.create(keycloak.issuer(REALM) + "/account/");
        HttpResponse<String> me = BACKCHANNEL.send(HttpRequest.newBuilder(account).timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + tokens.accessToken())
                        .header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        ObjectNode profile = (ObjectNode) JSON.readTree(me.body());
        assertThat(profile.get("attributes").get("org_code").get(0).asString()).isEqualTo("QS-02");

        ((ObjectNode) profile.get("attributes")).putArray("org_code").add("QS");
        HttpResponse<String> update = BACKCHANNEL.send(HttpRequest.newBuilder(account)
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + tokens.accessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(profile))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(update.body()).contains("error-user-attribute-read-only");

        assertThat(payload(signInWithCodeFlow("qs02.secretary").idToken())).containsEntry("org_code", "QS-02");
    }

    @Test
    void loginPageRefusesEveryFrameUnlessTheOperatorAllowsOne() throws Exception {
        // the console signs in at top level: JIFEN_KEYCLOAK_FRAME_ANCESTORS is empty unless the operator sets it
        Page form = new HttpBrowser().get(authorizationUri(Pkce.create().params("s4", "n4")));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.loginFormAction()).isNotNull();
        assertThat(form.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(form.header("Content-Security-Policy")).contains("frame-ancestors 'self' ;")
                .doesNotContain("8081");
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. end to end through the console (prod profile)

    @Test
    void secretarySignsInToTheConsoleThroughKeycloak() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Page form = browser.get(URI.create(consoleUrl + "/members"));

        // the console sent us to Keycloak, with PKCE, and Keycloak shows its form
        assertThat(form.hops()).anySatisfy(u -> assertThat(u.getPath()).isEqualTo("/oauth2/authorization/keycloak"));
        URI authRequest = form.hops().stream().filter(u -> u.getPath().endsWith("/protocol/openid-connect/auth"))
                .findFirst().orElseThrow(() -> new AssertionError("no Keycloak hop in " + form.hops()));
        assertThat(authRequest.toString()).startsWith(keycloak.issuer(REALM))
                .contains("client_id=" + CLIENT_ID).contains("code_challenge_method=S256");
        assertThat(form.uri().toString()).startsWith(keycloak.baseUrl());

        // password into Keycloak's form; back through the console's callback to the page first asked for
        Page members = browser.login(form, "qs01.secretary", PASSWORD, u -> false);
        assertThat(members.hops()).anySatisfy(u -> assertThat(u.getPath()).isEqualTo("/login/oauth2/code/keycloak"));
        assertThat(members.status()).as("%s %s", members.uri(), members.body()).isEqualTo(200);
        assertThat(members.uri().toString()).startsWith(consoleUrl + "/members");
        assertVaadinPage(members);

        // the console's security context holds the mapped Keycloak user
        Seen seen = consoleUser(browser);
        assertThat(seen.path()).isEqualTo("/members");
        assertThat(seen.principal()).isEqualTo("JifenOidcUser");
        assertThat(seen.inRoles()).containsExactly(Role.SECRETARY);
        assertThat(seen.user()).isEqualTo(new JifenUser("qs01.secretary", "陈德明（青山村党支部书记）", "QS-01",
                Set.of(Role.SECRETARY), List.of("/QS/QS-01")));

        // and Vaadin lets that user into the roster view
        String view = navigate(browser, "members");
        assertThat(view).contains("io.jifen.organization.ui.MembersView").contains("陈德明（青山村党支部书记）")
                .doesNotContain("RouteNotFoundError");

        // a second request rides on the console session: no trip to Keycloak
        Page again = browser.get(URI.create(consoleUrl + "/members"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.hops()).hasSize(1);
    }

    @Test
    void memberSeesOwnProfileButNotTheRoster() throws Exception {
        HttpBrowser member = signInToConsole("qs.member");
        assertThat(consoleUser(member).user()).isEqualTo(new JifenUser("qs.member", "王建国（青山村党员）", "QS-01",
                Set.of(Role.MEMBER), List.of("/QS/QS-01")));
        assertThat(consoleUser(member).inRoles()).containsExactly(Role.MEMBER);

        // the SSO username links to the member record (sso_username) of the demo data
        String profile = navigate(member, "profile");
        assertThat(profile).contains("io.jifen.organization.ui.MyProfileView").contains("\"王建国\"")
                .contains("青山村第一党小组").doesNotContain("RouteNotFoundError");

        String roster = navigate(member, "members");
        // issue 6, stumble 6: the refusal is our access-denied page inside the layout, not Vaadin's error view
        assertThat(roster).contains("io.jifen.shared.ui.AccessDeniedView")
                .doesNotContain("io.jifen.organization.ui.MembersView");
    }

    @Test
    void adminOpensTheOrganizationTree() throws Exception {
        HttpBrowser admin = signInToConsole("hn.admin");
        assertThat(consoleUser(admin).user()).isEqualTo(new JifenUser("hn.admin", "孙立新（华能管道公司党委）", "HN",
                Set.of(Role.ADMIN), List.of("/HN")));
        String view = navigate(admin, "organizations");
        assertThat(view).contains("io.jifen.organization.ui.OrganizationView").doesNotContain("RouteNotFoundError");
    }

    @Test
    void apiAcceptsTheRealmsBearerTokensOnly() throws Exception {
        Tokens tokens = signInWithCodeFlow("hn01.secretary");
        HttpResponse<String> me = api("/api/v1/me", "Bearer " + tokens.accessToken());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"hn01.secretary\"", "\"orgCode\":\"HN-01\"",
                "\"groups\":[\"/HN/HN-01\"]");
        String[] parts = tokens.accessToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        HttpResponse<String> forgedAnswer = api("/api/v1/me", "Bearer " + forged);
        assertThat(forgedAnswer.statusCode()).isEqualTo(401);
        assertThat(forgedAnswer.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"jifen\", error=\"invalid_token\"");
        HttpResponse<String> anonymous = api("/api/v1/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"jifen\"");
        assertThat(anonymous.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(api("/api/v1/me", "Basic " + Base64.getEncoder().encodeToString("hn.admin:demo".getBytes())))
                .extracting(HttpResponse::statusCode).as("no password login in production").isEqualTo(401);
    }

    private static HttpResponse<String> api(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(consoleUrl + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return BACKCHANNEL.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void logoutEndsTheConsoleAndTheKeycloakSession() throws Exception {
        HttpBrowser browser = signInToConsole("hn01.secretary");
        Page shell = browser.get(URI.create(consoleUrl + "/members"));
        Matcher csrf = CSRF_META.matcher(shell.body());
        assertThat(csrf.find()).as("CSRF token in the Vaadin page").isTrue();

        Page after = browser.post(URI.create(consoleUrl + "/logout"), Map.of("_csrf", csrf.group(1)), u -> false);

        // RP-initiated logout at Keycloak (end_session_endpoint with id_token_hint), back to the console's "signed
        // out" page; the console sends the now anonymous browser to Keycloak, which asks for the password again
        URI endSession = after.hops().stream().filter(u -> u.getPath().endsWith("/protocol/openid-connect/logout"))
                .findFirst().orElseThrow(() -> new AssertionError("no Keycloak logout in " + after.hops()));
        assertThat(endSession.getQuery()).contains("id_token_hint=").contains("post_logout_redirect_uri=" + consoleUrl);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.uri().toString()).isEqualTo(consoleUrl + "/sso/sign-in?signed-out");
        assertThat(after.body()).contains("您已退出登录");
        Page again = browser.get(URI.create(consoleUrl + "/members"));
        assertThat(again.uri().toString()).startsWith(keycloak.issuer(REALM));
        assertThat(again.loginFormAction()).isNotNull();
    }

    @Test
    void keycloakSessionIsReusedWithoutAnotherPasswordPrompt() throws Exception {
        HttpBrowser browser = signInToConsole("qs02.secretary");
        // a second application (here: the realm's own flow again) finds the Keycloak SSO session
        Pkce pkce = Pkce.create();
        Page silent = browser.get(authorizationUri(pkce.params("s5", "n5")), toConsoleCallback());
        assertThat(silent.status()).isEqualTo(302);
        assertThat(silent.location().getQuery()).contains("code=").doesNotContain("error");
    }

    @Test
    void selfCheckFindsTheRealmAcceptsTheConsole() throws Exception {
        // anonymous callers (probes, monitoring) see the status only
        HttpResponse<String> anonymous = awaitSsoHealth("UP");
        assertThat(JSON.readTree(anonymous.body()).has("details")).isFalse();

        // a signed-in administrator sees what was asked and Keycloak's verdicts
        HttpBrowser admin = signInToConsole("qs.admin");
        Page health = admin.get(URI.create(consoleUrl + "/actuator/health/sso"));
        JsonNode details = JSON.readTree(health.body()).get("details");
        assertThat(details).as(health.body()).isNotNull();
        assertThat(details.get("issuer").asString()).isEqualTo(keycloak.issuer(REALM));
        assertThat(details.get("redirectUri").get("value").asString()).isEqualTo(redirectUri);
        assertThat(details.get("redirectUri").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(details.get("postLogoutRedirectUri").get("value").asString())
                .isEqualTo(consoleUrl + "/sso/sign-in?signed-out");
        assertThat(details.get("postLogoutRedirectUri").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(details.has("frameAncestors")).as("frame sign-in is off").isFalse();

        // and the probes do not depend on it
        assertThat(api("/actuator/health/readiness", null).body()).doesNotContain("sso");
    }

    /** The self-check runs in the background after start-up: poll its health component until it has a verdict. */
    private static HttpResponse<String> awaitSsoHealth(String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> answer;
        do {
            answer = api("/actuator/health/sso", null);
            if (answer.body().contains("\"status\":\"" + status + "\"")) {
                return answer;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/actuator/health/sso never became " + status + ": " + answer.body());
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static ConfigurableApplicationContext startConsole(int port, String database, String issuer) {
        // the production profile, configured through the environment variable names it documents
        return new SpringApplicationBuilder(JifenApplication.class)
                .profiles("prod")
                .initializers(ctx -> ((GenericApplicationContext) ctx)
                        .registerBean("ssoTestProbe", FilterRegistrationBean.class,
                                KeycloakSsoTest::securityContextProbe))
                .run("--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--SPRING_DATASOURCE_URL=" + database,
                        "--SPRING_DATASOURCE_USERNAME=" + EmbeddedMariaDb.USER,
                        "--SPRING_DATASOURCE_PASSWORD=" + EmbeddedMariaDb.PASSWORD,
                        "--JIFEN_OIDC_ISSUER_URI=" + issuer,
                        "--JIFEN_OIDC_CLIENT_ID=" + CLIENT_ID,
                        "--JIFEN_OIDC_CLIENT_SECRET=" + CLIENT_SECRET,
                        "--JIFEN_EMBED_PORTAL_ORIGINS=http://127.0.0.1:8081",
                        "--JIFEN_PUBLIC_URL=" + consoleUrl,
                        // the console starts before Keycloak answers: retry the SSO self-check soon
                        "--jifen.sso-check.first-retry=500ms",
                        "--jifen.sso-check.max-retry=2s",
                        // test only: the demo organizations, so that the views have something to show
                        "--spring.liquibase.contexts=demo");
    }

    /**
     * Test-only servlet filter behind Spring Security: records, per session, what the security context held while
     * the console served a request. That is what {@link CurrentUser} hands to the views and services.
     */
    private static FilterRegistrationBean<Filter> securityContextProbe() {
        Filter probe = (request, response, chain) -> {
            HttpSession session = ((HttpServletRequest) request).getSession(false);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (session != null && auth != null && auth.isAuthenticated()) {
                HttpServletRequest http = (HttpServletRequest) request;
                // isUserInRole is what Vaadin's @RolesAllowed check asks
                Set<Role> inRoles = java.util.EnumSet.noneOf(Role.class);
                for (Role role : Role.values()) {
                    if (http.isUserInRole(role.name())) {
                        inRoles.add(role);
                    }
                }
                SEEN.put(session.getId(), new Seen(http.getRequestURI(),
                        auth.getPrincipal().getClass().getSimpleName(), CurrentUser.find().orElse(null), inRoles));
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(probe);
        registration.setOrder(0); // Spring Security's chain runs at -100
        return registration;
    }

    /** The user the console saw on the latest request of this browser's session. */
    private static Seen consoleUser(HttpBrowser browser) {
        String session = browser.cookie("127.0.0.1", SESSION_COOKIE);
        assertThat(session).as("console session cookie " + SESSION_COOKIE + " (application-prod.yml)").isNotNull();
        Seen seen = SEEN.get(session);
        assertThat(seen).as("no authenticated request seen for this session").isNotNull();
        return seen;
    }

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Opens a view the way Vaadin's client does: init request, then the ui-navigate event. Answers the UIDL. */
    private static String navigate(HttpBrowser browser, String route) throws Exception {
        Page init = browser.get(URI.create(consoleUrl + "/?v-r=init&location=" + route + "&query="));
        assertThat(init.status()).isEqualTo(200);
        Matcher key = SECURITY_KEY.matcher(init.body());
        Matcher ui = UI_ID.matcher(init.body());
        assertThat(key.find() && ui.find()).as(init.body()).isTrue();
        String rpc = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), route);
        Page uidl = browser.postJson(URI.create(consoleUrl + "/?v-r=uidl&v-uiId=" + ui.group(1)), rpc);
        assertThat(uidl.status()).as(uidl.body()).isEqualTo(200);
        return uidl.body();
    }

    private static HttpBrowser signInToConsole(String username) throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Page form = browser.get(URI.create(consoleUrl + "/"));
        Page home = browser.login(form, username, PASSWORD, u -> false);
        assertThat(home.status()).as("%s after login: %s", username, home.uri()).isEqualTo(200);
        assertThat(home.uri().toString()).startsWith(consoleUrl);
        return browser;
    }

    private static void assertVaadinPage(Page page) {
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).doesNotContain("kc-form-login").containsIgnoringCase("vaadin");
    }

    private static DevUsers devUsers() {
        try {
            var sources = new YamlPropertySourceLoader().load("application-dev.yml",
                    new ClassPathResource("application-dev.yml"));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("jifen.dev", DevUsers.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Tokens(String idToken, String accessToken, String nonce) {
    }

    private record Pkce(String verifier, String challenge) {

        static Pkce create() throws Exception {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
        }

        Map<String, String> params(String state, String nonce) {
            return Map.of("state", state, "nonce", nonce, "code_challenge", challenge,
                    "code_challenge_method", "S256");
        }
    }

    /** Authorization code flow as a browser does it: Keycloak's form, then the code at the redirect URI. */
    private static Tokens signInWithCodeFlow(String username) throws Exception {
        Pkce pkce = Pkce.create();
        String nonce = "nonce-" + username;
        String code = authorizationCode(username, pkce, "state-" + username, nonce);
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", pkce.verifier()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        return new Tokens(json.get("id_token").asString(), json.get("access_token").asString(), nonce);
    }

    private static String authorizationCode(String username, Pkce pkce, String state, String nonce)
            throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Page form = browser.get(authorizationUri(pkce.params(state, nonce)));
        Page redirect = browser.login(form, username, PASSWORD, toConsoleCallback());
        assertThat(redirect.status()).as("login of %s: %s", username, redirect.loginError()).isEqualTo(302);
        Map<String, String> query = query(redirect.location());
        assertThat(query).containsEntry("state", state).containsEntry("iss", keycloak.issuer(REALM));
        return query.get("code");
    }

    private static Predicate<URI> toConsoleCallback() {
        return u -> u.toString().startsWith(redirectUri);
    }

    private static URI authorizationUri(Map<String, String> extra) {
        Map<String, String> params = new TreeMap<>(extra);
        params.put("client_id", CLIENT_ID);
        params.put("response_type", "code");
        params.put("scope", "openid profile");
        params.put("redirect_uri", redirectUri);
        return URI.create(keycloak.issuer(REALM) + "/protocol/openid-connect/auth?" + form(params));
    }

    private static HttpResponse<String> tokenRequest(Map<String, String> params) throws Exception {
        String basic = Base64.getEncoder().encodeToString((enc(CLIENT_ID) + ":" + enc(CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.issuer(REALM) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build();
        return BACKCHANNEL.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> userInfo(String accessToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.issuer(REALM) + "/protocol/openid-connect/userinfo"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + accessToken).GET().build();
        HttpResponse<String> response = BACKCHANNEL.send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    /** The claims of a JWT (signature checks are Spring Security's job in the end-to-end tests). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(java.net.URLDecoder.decode(key, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
