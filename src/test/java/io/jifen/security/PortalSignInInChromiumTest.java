package io.jifen.security;

import static io.jifen.security.PortalBrowser.consoleFrame;
import static io.jifen.security.PortalBrowser.frameText;
import static io.jifen.security.PortalBrowser.logoutAtPortal;
import static io.jifen.security.PortalBrowser.millis;
import static io.jifen.security.PortalBrowser.recordFrameNavigation;
import static io.jifen.security.PortalBrowser.signInAtKeycloak;
import static io.jifen.security.PortalBrowser.signInAtPortal;
import static io.jifen.security.PortalBrowser.traced;
import static io.jifen.security.PortalBrowser.viewIn;
import static io.jifen.security.PortalBrowser.visible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import io.jifen.JifenApplication;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KeycloakServer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The console inside an OA portal's iframe, signed in through a real Keycloak, in a real Chromium — the recommended
 * same-site topology: portal {@code portal.jifen.test}, console {@code console.jifen.test}, Keycloak
 * {@code sso.jifen.test} (one registrable domain; {@code src/test/hosts} and Chromium's host-resolver rules map them
 * to 127.0.0.1). The console runs the production profile; the realm is {@code config/keycloak}'s file imported with
 * the deployment variables. "Signing in at the portal" is a top-level sign-in at Keycloak (its account console),
 * which is what any portal's SSO login leaves behind: a Keycloak session in the browser.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalSignInInChromiumTest {

    private static final String PORTAL_NAME = "智慧党建门户";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Test switch: Keycloak's back-channel call does not reach the console (a firewall, a wrong URL). */
    private static volatile boolean backChannelBlocked;

    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext console;
    private static HttpServer portal;
    private static Playwright playwright;
    private static Browser browser;
    private static String consoleUrl;
    private static String portalUrl;
    private static String database;

    @BeforeAll
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    static void start() throws Exception {
        Chromium.require();
        int keycloakPort = KeycloakServer.freePort();
        int consolePort = KeycloakServer.freePort();
        int portalPort = KeycloakServer.freePort();
        consoleUrl = "http://console.jifen.test:" + consolePort;
        portalUrl = "http://portal.jifen.test:" + portalPort;
        database = EmbeddedMariaDb.database("jifen_portal_sso");
        Map<String, String> deployment = Map.of("JIFEN_PUBLIC_URL", consoleUrl,
                "JIFEN_EMBED_PORTAL_ORIGINS", portalUrl);
        keycloak = KeycloakServer.launch(KeycloakRealm.asShipped(), keycloakPort, deployment,
                "sso.jifen.test");
        console = startConsole(consolePort, keycloak.issuer("jifen"));
        keycloak.awaitReady("jifen", Duration.ofSeconds(180));
        portal = startPortal(portalPort);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright, keycloak.baseUrl(), consoleUrl, portalUrl);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
            if (portal != null) {
                portal.stop(0);
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

    @Test
    @Order(1)
    void notSignedInTheFrameOffersSignInAndThePopupSignsItIn() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page page = context.newPage();
            page.navigate(portalUrl + "/?path=/members");
            Frame frame = consoleFrame(page);
            frame.locator("#jifen-sign-in-page").waitFor(visible(20));
            assertThat(frame.url()).contains("/sso/sign-in").contains("next=%2Fmembers%3Fembed%3D1");
            assertThat(frame.locator("h1").textContent()).isEqualTo("请先登录");
            assertThat(frame.locator("#jifen-sign-in-page").textContent()).contains(PORTAL_NAME);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-sign-in-page.png")));

            Page popup = page.waitForPopup(() -> frame.locator("#jifen-sign-in").click());
            signInAtKeycloak(popup, "qs01.secretary");
            viewIn(page, "/members").locator("vaadin-grid").waitFor(visible(30));
            frame.locator(".jifen-user-name").waitFor(visible(15));
            assertThat(frame.locator(".jifen-user-name").textContent()).contains("陈德明");
            assertThat(page.url()).as("the portal page stays where it was").startsWith(portalUrl);
            page.waitForCondition(popup::isClosed, new Page.WaitForConditionOptions().setTimeout(10_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-signed-in.png")));
        }
    }

    @Test
    @Order(2)
    void whenPopupsAreBlockedTheWholePageSignsInAndComesBackToThePortal() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page page = context.newPage();
            page.navigate(portalUrl + "/?path=/profile");
            Frame frame = consoleFrame(page);
            frame.locator("#jifen-sign-in-here").waitFor(visible(20));
            frame.locator("#jifen-sign-in-here").click();
            page.waitForURL(Pattern.compile(".*sso\\.jifen\\.test.*"), new Page.WaitForURLOptions().setTimeout(20_000));
            signInAtKeycloak(page, "qs.member");
            page.waitForURL(Pattern.compile(Pattern.quote(portalUrl) + ".*"),
                    new Page.WaitForURLOptions().setTimeout(30_000));
            Frame back = viewIn(page, "/profile");
            back.locator(".jifen-user-name").waitFor(visible(30));
            assertThat(back.locator(".jifen-user-name").textContent()).contains("王建国");
        }
    }

    @Test
    @Order(3)
    void signedInAtThePortalTheFrameNeedsNoSecondLoginAndDeepLinksLand() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page top = context.newPage();
            signInAtPortal(top, realm(), "qs01.secretary");

            Page page = context.newPage();
            List<String> chain = Collections.synchronizedList(new ArrayList<>());
            long[] started = new long[1];
            page.onRequest(request -> recordFrameNavigation(page, request, chain, started[0]));
            started[0] = System.nanoTime();
            page.navigate(portalUrl + "/?path=/members");
            Frame frame = viewIn(page, "/members");
            long redirectsDone = System.nanoTime();
            frame.locator("vaadin-grid-cell-content").first().waitFor(visible(30));
            long gridVisible = System.nanoTime();
            System.out.printf("SSO into the portal's frame (same site): %d frame loads, the last one (the view)"
                    + " requested at %s, view loaded after %d ms, grid rows visible after %d ms%n", chain.size(),
                    chain.getLast().split(" ")[0], millis(started[0], redirectsDone), millis(started[0], gridVisible));
            chain.forEach(hop -> System.out.println("  frame hop " + hop));
            assertThat(String.join("\n", chain)).containsSubsequence("/members?embed=1",
                    "/oauth2/authorization/keycloak", "prompt=none", "/login/oauth2/code/keycloak",
                    "/members?embed=1");
            assertThat(chain).noneMatch(hop -> hop.contains("/sso/sign-in"));
            assertThat(frame.locator(".jifen-user-name").textContent()).contains("陈德明");
            assertThat(frame.locator(".jifen-logout").isVisible()).as("embed mode keeps a logout").isTrue();
            assertThat(frameText(frame)).contains(memberOf("QS-01"));

            page.navigate(portalUrl + "/?path=/profile");
            viewIn(page, "/profile").locator(".jifen-user-name").waitFor(visible(30));
        }
    }

    @Test
    @Order(4)
    void logoutAtThePortalEndsTheFrameAndTheNextUserSeesOnlyTheirOwnData() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page page = context.newPage();
            Frame frame = membersAfterPortalSignIn(page, "qs01.secretary");
            assertThat(frameText(frame)).contains(memberOf("QS-01"));

            Page portalTab = context.newPage();
            long loggedOut = logoutAtPortal(portalTab, realm());
            // the open frame's next request (here: a click on a link of the embed row) meets the ended session
            frame.locator(".embed-nav vaadin-button").first().click();
            frame.locator("#jifen-sign-in-page").waitFor(visible(30));
            System.out.printf("Logout at the portal → the frame shows the sign-in page after %d ms%n",
                    millis(loggedOut, System.nanoTime()));
            assertThat(frameText(frame)).doesNotContain(memberOf("QS-01"));

            signInAtPortal(portalTab, realm(), "qs02.secretary");
            page.reload();
            Frame second = consoleFrame(page);
            second.locator("vaadin-grid-cell-content").first().waitFor(visible(30));
            assertThat(second.locator(".jifen-user-name").textContent()).contains("周秀英");
            assertThat(frameText(second)).contains(memberOf("QS-02")).doesNotContain(memberOf("QS-01"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-second-user.png")));
        }
    }

    @Test
    @Order(5)
    void withoutTheBackChannelAFrameLoadStillRechecksKeycloak() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page page = context.newPage();
            Frame frame = membersAfterPortalSignIn(page, "qs01.secretary");
            backChannelBlocked = true;
            try {
                Page portalTab = context.newPage();
                logoutAtPortal(portalTab, realm());
                signInAtPortal(portalTab, realm(), "qs02.secretary");
                page.waitForTimeout(EndedSsoSessionFilter.RECHECK_AFTER.toMillis() + 500);
                page.reload();
                Frame second = consoleFrame(page);
                second.locator("vaadin-grid-cell-content").first().waitFor(visible(30));
                assertThat(second.locator(".jifen-user-name").textContent()).contains("周秀英");
                assertThat(frameText(second)).doesNotContain(memberOf("QS-01"));
            } finally {
                backChannelBlocked = false;
            }
        }
    }

    @Test
    @Order(6)
    void theEmbedLogoutEndsTheSsoSessionToo() {
        try (BrowserContext context = traced(browser.newContext())) {
            Page page = context.newPage();
            Frame frame = membersAfterPortalSignIn(page, "hn01.secretary");
            assertThat(frame.locator(".jifen-user-name").textContent()).contains("吴丽华");
            frame.locator(".jifen-logout").click();
            frame.locator("#jifen-sign-in-page").waitFor(visible(30));
            assertThat(frame.locator("h1").textContent()).isEqualTo("您已退出登录");
            // Keycloak's session is gone as well: its account console asks for the password again
            Page account = context.newPage();
            account.navigate(realm() + "/account/");
            account.locator("#username").waitFor(visible(30));
        }
    }

    // -------------------------------------------------------------------------------------------------------------

    private static String realm() {
        return keycloak.issuer("jifen");
    }

    /** Signed in at the portal, the portal page with the console's roster in its frame, rows shown. */
    private static Frame membersAfterPortalSignIn(Page page, String username) {
        signInAtPortal(page, realm(), username);
        page.navigate(portalUrl + "/?path=/members");
        Frame frame = consoleFrame(page);
        frame.locator("vaadin-grid-cell-content").first().waitFor(visible(30));
        return frame;
    }

    /** A member's name of the branch, from the database the console uses. */
    private static String memberOf(String orgCode) {
        try (Connection db = DriverManager.getConnection(database, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             var query = db.prepareStatement("select m.name from member m join organization o"
                     + " on o.id = m.organization_id where o.code like ? order by m.name_key limit 1")) {
            query.setString(1, orgCode + "%"); // the branch and its party groups
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a demo member in " + orgCode).isTrue();
                return row.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startPortal(int port) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String path = query != null && query.startsWith("path=/") ? query.substring(5) : "/members";
            byte[] html = ("<!doctype html><html><head><meta charset='utf-8'><title>" + PORTAL_NAME + "</title></head>"
                    + "<body><h1>" + PORTAL_NAME + "</h1><iframe src='" + consoleUrl + path + "?embed=1'"
                    + " referrerpolicy='no-referrer-when-downgrade' style='width:1200px;height:700px'></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static ConfigurableApplicationContext startConsole(int port, String issuer) {
        return new SpringApplicationBuilder(JifenApplication.class)
                .profiles("prod")
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("backChannelSwitch",
                        FilterRegistrationBean.class, PortalSignInInChromiumTest::backChannelSwitch))
                .run("--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--SPRING_DATASOURCE_URL=" + database,
                        "--SPRING_DATASOURCE_USERNAME=" + EmbeddedMariaDb.USER,
                        "--SPRING_DATASOURCE_PASSWORD=" + EmbeddedMariaDb.PASSWORD,
                        "--JIFEN_OIDC_ISSUER_URI=" + issuer,
                        "--JIFEN_OIDC_CLIENT_ID=jifen-console",
                        "--JIFEN_OIDC_CLIENT_SECRET=" + KeycloakRealm.DEMO_SECRET,
                        "--JIFEN_PUBLIC_URL=" + consoleUrl,
                        "--JIFEN_EMBED_PORTAL_ORIGINS=" + portalUrl,
                        "--jifen.embed.portal-name=" + PORTAL_NAME,
                        // Vaadin runs in development mode in tests: its "development mode" popover would cover the
                        // user box of the embed row (a production build has no dev tools at all)
                        "--vaadin.devmode.devTools.enabled=false",
                        "--spring.liquibase.contexts=demo");
    }

    /** Before Spring Security: answers Keycloak's back-channel call with 503 while the test blocks it. */
    private static FilterRegistrationBean<Filter> backChannelSwitch() {
        Filter filter = (request, response, chain) -> {
            if (backChannelBlocked && ((HttpServletRequest) request).getRequestURI().startsWith(BackChannelLogout.PATH)) {
                ((HttpServletResponse) response).sendError(503);
                return;
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(-200);
        return registration;
    }
}
