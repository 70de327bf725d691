package io.jifen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import io.jifen.testsupport.EmbeddedMariaDb;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console inside a portal's iframe, in a real Chromium. The allowed portal (127.0.0.1 on another port: same
 * site, so the session cookie works) shows the console in embed mode; a portal not on the list is refused by the
 * browser because of {@code frame-ancestors}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class EmbeddingInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int ALLOWED_PORTAL = freePort();
    private static final int FOREIGN_PORTAL = freePort();
    private static final List<HttpServer> PORTALS = new java.util.ArrayList<>();

    @LocalServerPort
    int consolePort;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_embed");
        registry.add("jifen.embed.portal-origins", () -> "http://127.0.0.1:" + ALLOWED_PORTAL);
    }

    @BeforeAll
    static void requireChromium() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed; CI installs it");
        }
    }

    @AfterAll
    static void stopPortals() {
        PORTALS.forEach(p -> p.stop(0));
    }

    @Test
    void allowedPortalShowsTheConsoleInEmbedModeAndAForeignOneIsRefused() throws Exception {
        String console = "http://127.0.0.1:" + consolePort;
        startPortal(ALLOWED_PORTAL, console + "/login");
        startPortal(FOREIGN_PORTAL, console + "/login");
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + ALLOWED_PORTAL + "/");
            Frame console1 = consoleFrame(page);
            console1.locator("button[data-username='qs01.secretary']").click();
            console1.waitForURL(url -> url.contains("/members"), new Frame.WaitForURLOptions().setTimeout(30_000));
            console1.locator("vaadin-grid").waitFor();
            console1.locator("vaadin-app-layout.embedded").waitFor(
                    new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(15_000));
            assertThat(console1.locator(".jifen-brand").isVisible()).as("no console chrome inside the portal").isFalse();
            assertThat(console1.locator(".embed-nav").isVisible()).isTrue();

            Page foreign = browser.newPage();
            foreign.navigate("http://127.0.0.1:" + FOREIGN_PORTAL + "/");
            foreign.waitForTimeout(3_000);
            Frame refused = foreign.frames().stream().filter(f -> f != foreign.mainFrame()).findFirst().orElseThrow();
            assertThat(refused.url()).as("Chromium replaces a refused frame by its error page").startsWith("chrome-error:");
            assertThat(refused.locator("button[data-username]").count()).isZero();
        }
    }

    private static Frame consoleFrame(Page page) {
        page.waitForSelector("iframe");
        for (int i = 0; i < 100; i++) {
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && frame.url().contains("/login")
                        && frame.locator("button[data-username]").count() > 0) {
                    return frame;
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the console never appeared inside the portal's iframe");
    }

    private static void startPortal(int port, String consoleUrl) throws IOException {
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        byte[] html = ("<!doctype html><html><body><h1>OA</h1><iframe src='" + consoleUrl
                + "' style='width:1200px;height:800px'></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
        portal.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        portal.start();
        PORTALS.add(portal);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
