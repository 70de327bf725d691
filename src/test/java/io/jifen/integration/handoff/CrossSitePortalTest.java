package io.jifen.integration.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.jifen.JifenApplication;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KeycloakServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7, part 4: a portal on another site ({@code portal.oa.test}) frames the console ({@code console.jifen.test},
 * https, production profile) and hands the frame a token it got by Keycloak's standard token exchange; real
 * Keycloak with the realm of {@code config/keycloak}, real Chromium. The frame signs in and shows the user's members
 * in a partitioned session cookie; replayed, foreign-audience, wrong-nonce and foreign-portal tokens are refused;
 * a frame that never gets a token says so.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CrossSitePortalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REALM_FILE = Path.of("config", "keycloak", "jifen-realm.json");
    private static final String OTHER_PORTAL = "other-portal";
    private static final String OTHER_PORTAL_SECRET = "other-portal-secret";
    /** Members of the secretary's branch QS-01, and of the neighbouring QS-02 (demo data). */
    private static final Set<String> QS01 = Set.of("王建国", "魏淑珍", "郑文斌", "苏春燕", "丁永生", "黄海涛", "林明亮",
            "刘秀英", "冯建国", "何海涛");
    private static final Set<String> QS02 = Set.of("董卫东", "胡国华", "赵国华", "潘文斌", "曾家豪", "张春生", "高富贵",
            "唐俊杰", "袁俊杰", "杨俊杰");

    /**
     * The tests run Vaadin in development mode (a production bundle needs Node, which this build has not). Its dev
     * tools (Copilot) read sessionStorage unguarded when the page loads, and Chromium denies storage to a
     * third-party frame, so the dev-mode page stays empty. Production mode has no dev tools, and Flow's own client
     * guards its one storage read: this in-memory stand-in, only where storage is denied, gives the dev-mode page
     * what production does not need.
     */
    private static final String DEV_MODE_STORAGE = """
            (() => {
              try { window.sessionStorage; return; } catch (denied) { }
              const memory = () => { const m = new Map(); return {
                getItem: k => m.has(k) ? m.get(k) : null, setItem: (k, v) => { m.set(k, String(v)); },
                removeItem: k => { m.delete(k); }, clear: () => m.clear(), key: i => [...m.keys()][i] ?? null,
                get length() { return m.size; } }; };
              Object.defineProperty(window, 'sessionStorage', { value: memory(), configurable: true });
              Object.defineProperty(window, 'localStorage', { value: memory(), configurable: true });
            })();""";

    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext console;
    private static DemoPortal portal;
    private static SelfSignedTls tls;
    private static String consoleOrigin;
    private static String portalOrigin;

    @BeforeAll
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    static void start() throws Exception {
        tls = SelfSignedTls.create(Path.of("target", "cross-site-tls"), "console.jifen.test", "portal.oa.test");
        int consolePort = KeycloakServer.freePort();
        int portalPort = KeycloakServer.freePort();
        consoleOrigin = "https://console.jifen.test:" + consolePort;
        portalOrigin = "https://portal.oa.test:" + portalPort;
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(REALM_FILE, StandardCharsets.UTF_8));
        String consoleSecret = "demo-only-jifen-console-secret"; // the realm's default of JIFEN_OIDC_CLIENT_SECRET
        // a second portal client that Keycloak trusts but the console does not list: its tokens must be refused
        ObjectNode other = client(realm, DemoPortal.CLIENT_ID).deepCopy();
        other.put("clientId", OTHER_PORTAL).put("secret", OTHER_PORTAL_SECRET);
        ((ArrayNode) realm.get("clients")).add(other);

        String database = EmbeddedMariaDb.database("jifen_xsite");
        // the deployment variables of the realm import: the frame's silent sign-in (prompt=none) goes through Keycloak
        // first, and Keycloak only answers it for the console's registered redirect URI
        keycloak = KeycloakServer.launch(JSON.writeValueAsString(realm), KeycloakServer.freePort(),
                java.util.Map.of("JIFEN_PUBLIC_URL", consoleOrigin, "JIFEN_EMBED_PORTAL_ORIGINS", portalOrigin,
                        "JIFEN_OIDC_CLIENT_SECRET", consoleSecret), null);
        console = startConsole(consolePort, database, consoleSecret);
        keycloak.awaitReady("jifen", Duration.ofSeconds(200));
        portal = new DemoPortal(keycloak.issuer("jifen"), DemoPortal.CLIENT_ID, DemoPortal.SECRET);
        portal.signIn("qs01.secretary", "demo");
        // the portal frames a page of the console like any other; without a session the console's own sign-in page
        // (after a failed silent sign-in: Keycloak's cookies never reach a cross-site frame) takes the hand-over
        portal.serve(portalPort, tls, consoleOrigin, "/members?embed=1");
    }

    @AfterAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void stop() {
        try {
            if (portal != null) {
                portal.close();
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

    private static ConfigurableApplicationContext startConsole(int port, String database, String secret) {
        return new SpringApplicationBuilder(JifenApplication.class)
                .profiles("prod")
                .run("--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--server.ssl.key-store=" + tls.keyStore().toAbsolutePath(),
                        "--server.ssl.key-store-type=PKCS12",
                        "--server.ssl.key-store-password=" + SelfSignedTls.PASSWORD,
                        "--server.ssl.key-alias=" + SelfSignedTls.ALIAS,
                        "--SPRING_DATASOURCE_URL=" + database,
                        "--SPRING_DATASOURCE_USERNAME=" + EmbeddedMariaDb.USER,
                        "--SPRING_DATASOURCE_PASSWORD=" + EmbeddedMariaDb.PASSWORD,
                        "--JIFEN_OIDC_ISSUER_URI=" + keycloak.issuer("jifen"),
                        "--JIFEN_OIDC_CLIENT_ID=jifen-console",
                        "--JIFEN_OIDC_CLIENT_SECRET=" + secret,
                        "--JIFEN_EMBED_PORTAL_ORIGINS=" + portalOrigin,
                        "--JIFEN_PUBLIC_URL=" + consoleOrigin,
                        // what docs/embedding-cross-site.md asks of a cross-site installation
                        "--jifen.embed.cross-site=true",
                        "--jifen.embed.portal-client-ids=" + DemoPortal.CLIENT_ID,
                        "--server.servlet.session.cookie.same-site=none",
                        "--server.servlet.session.cookie.secure=true",
                        "--server.servlet.session.cookie.partitioned=true",
                        "--spring.liquibase.contexts=demo");
    }

    // ---------------------------------------------------------------------------------------------------------
    // in Chromium

    @Test
    void portalOnAnotherSiteSignsTheFrameInByTokenExchange() throws Exception {
        Chromium.require();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                     .setIgnoreHTTPSErrors(true).setLocale("zh-CN"))) {
            context.addInitScript(DEV_MODE_STORAGE);
            Page page = context.newPage();
            page.onPageError(e -> System.out.println("page error: " + e));
            long started = System.nanoTime();
            page.navigate(portalOrigin + "/");
            Frame frame = consoleFrame(page);
            frame.waitForURL(url -> url.contains("/members"), new Frame.WaitForURLOptions().setTimeout(30_000));
            frame.locator("vaadin-grid").waitFor();
            frame.waitForFunction("names => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".some(c => names.includes(c.textContent.trim()))", List.copyOf(QS01),
                    new Frame.WaitForFunctionOptions().setTimeout(20_000));
            System.out.printf("cross-site frame signed in and showing the grid after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            page.waitForTimeout(1_000);
            List<String> cells = frame.locator("vaadin-grid-cell-content").allTextContents();
            assertThat(cells).as("the secretary's branch").anySatisfy(c -> assertThat(QS01).contains(c.strip()));
            assertThat(cells).as("no other branch").noneSatisfy(c -> assertThat(QS02).contains(c.strip()));
            screenshot(frame, "cross-site-frame-signed-in.png");

            Cookie session = context.cookies(consoleOrigin).stream().filter(c -> c.name.equals("JIFEN_SESSION"))
                    .findFirst().orElseThrow(() -> new AssertionError("no console session cookie in the browser"));
            assertThat(session.secure).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.NONE);
            assertThat(session.partitionKey).as("partitioned under the portal's site").contains("oa.test");
        }
    }

    @Test
    void frameWithoutATokenSaysToReopenFromThePortal() throws Exception {
        Chromium.require();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                     .setIgnoreHTTPSErrors(true).setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(portalOrigin + "/silent");
            Frame frame = consoleFrame(page);
            String expected = bundle(Locale.SIMPLIFIED_CHINESE).getString("embed.handoff.noToken");
            frame.locator("#jifen-handoff-status:has-text('" + expected.substring(0, 8) + "')")
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(25_000));
            assertThat(frame.locator("#jifen-handoff-status").textContent()).isEqualTo(expected);
            assertThat(frame.url()).contains("/sso/sign-in");
            screenshot(frame, "cross-site-frame-without-token.png");
        }
    }

    /** Of the frame itself: headless Chromium leaves a cross-site (out-of-process) frame blank in page shots. */
    private static void screenshot(Frame frame, String name) throws java.io.IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        frame.locator("body").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shot));
    }

    private static Frame consoleFrame(Page page) {
        page.waitForSelector("iframe");
        for (int i = 0; i < 150; i++) {
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && frame.url().startsWith(consoleOrigin)) {
                    return frame;
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the console never appeared inside the portal's iframe");
    }

    // ---------------------------------------------------------------------------------------------------------
    // refusals, through HTTP

    @Test
    void acceptedTokenSignsInOnceAndItsReplayIsRefused() throws Exception {
        String token = portal.exchangedToken();
        FrameClient first = frame();
        String before = first.sessionCookie();
        assertThat(first.hand(token).statusCode()).isEqualTo(204);
        assertThat(first.sessionCookie()).as("a new session id after sign-in").isNotEqualTo(before);
        assertThat(first.setCookieHeaders()).anySatisfy(h -> assertThat(h).startsWith("JIFEN_SESSION=")
                .containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=None")
                .containsIgnoringCase("Partitioned"));
        assertThat(first.get("/sso/embed-token").statusCode()).as("the page's check that the cookie came back")
                .isEqualTo(204);
        assertThat(first.get("/members?embed=1").statusCode()).as("signed in: no trip to Keycloak").isEqualTo(200);

        FrameClient replay = frame();
        assertRefused(replay.hand(token), "embed.handoff.replayed");
        // what a browser that dropped the cookie would hear when checking it
        assertRefused(replay.get("/sso/embed-token"), "embed.handoff.cookieBlocked");
        assertThat(replay.get("/members?embed=1").statusCode()).isEqualTo(302);
    }

    @Test
    void thePortalsOwnTokenIsForAnotherAudience() throws Exception {
        FrameClient frame = frame();
        assertRefused(frame.hand(portal.userToken()), "embed.handoff.invalid");
        assertThat(frame.get("/members?embed=1").statusCode()).isEqualTo(302);
        // nor does the console's API take it: a token of the realm must be the console's (issued to it, or for it)
        assertThat(frame.api("/api/v1/me", portal.userToken()).statusCode()).isEqualTo(401);
        assertThat(frame.api("/api/v1/me", portal.exchangedToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongNonceIsRefusedAndStoresNothing() throws Exception {
        String token = portal.exchangedToken();
        FrameClient frame = frame();
        assertRefused(frame.hand(token, "not-the-page-nonce"), "embed.handoff.stalePage");
        assertThat(frame.get("/members?embed=1").statusCode()).isEqualTo(302);
        // the token was not recorded as used: a frame with the right nonce may still use it
        assertThat(frame().hand(token).statusCode()).isEqualTo(204);
    }

    @Test
    void aPortalClientTheConsoleDoesNotListIsRefused() throws Exception {
        // Keycloak lets other-portal exchange its user's token for the console's audience; the console lists only
        // oa-portal (jifen.embed.portal-client-ids), so the token's azp decides
        DemoPortal other = new DemoPortal(keycloak.issuer("jifen"), OTHER_PORTAL, OTHER_PORTAL_SECRET);
        other.signIn("qs01.secretary", "demo");
        FrameClient frame = frame();
        assertRefused(frame.hand(other.exchangedToken()), "embed.handoff.invalid");
        assertThat(frame.get("/members?embed=1").statusCode()).isEqualTo(302);
    }

    @Test
    void noTokenIsAnsweredWithTheMessageTheFrameShows() throws Exception {
        FrameClient frame = frame();
        assertRefused(frame.hand(""), "embed.handoff.noToken");
        var script = frame.get("/sso/embed-handoff.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(script.body()).contains("jifen-embed-ready");
    }

    private static void assertRefused(java.net.http.HttpResponse<String> answer, String key) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("detail").asString())
                .isEqualTo(bundle(Locale.SIMPLIFIED_CHINESE).getString(key));
    }

    private static FrameClient frame() throws Exception {
        return FrameClient.open(consoleOrigin, tls, "/sso/sign-in?next=%2Fmembers%3Fembed%3D1");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static ObjectNode client(ObjectNode realm, String clientId) {
        for (var client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asString())) {
                return (ObjectNode) client;
            }
        }
        throw new IllegalStateException("realm file has no client " + clientId);
    }
}
