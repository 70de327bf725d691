package io.jifen.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium for the browser tests, with the test host names of {@code src/test/hosts} mapped to 127.0.0.1
 * (ports are kept), so that {@code portal.jifen.test} / {@code console.jifen.test} / {@code sso.jifen.test} are one
 * site and {@code portal.oa.test} is another, exactly as the browser judges production addresses.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Skips the test on a developer machine without Chromium; CI installs it, so there a missing one fails. */
    public static void require() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isExecutable(EXECUTABLE), "Debian chromium is not installed; CI installs it");
        }
    }

    /**
     * @param secureOrigins plain-http test origins the browser should treat as https (production runs on https):
     *                      Keycloak's cookies are {@code Secure}, and Chromium only keeps those from secure origins
     */
    public static Browser launch(Playwright playwright, String... secureOrigins) {
        List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP *.jifen.test 127.0.0.1, MAP *.oa.test 127.0.0.1"));
        if (secureOrigins.length > 0) {
            args.add("--unsafely-treat-insecure-origin-as-secure=" + String.join(",", secureOrigins));
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(args));
    }

    /**
     * Signs in through the dev login as one of the demo users and opens {@code route}, with Vaadin's dev tools
     * hidden (they would cover the page in screenshots). The first page of dev mode may take minutes on a shared
     * machine.
     */
    public static void signInDev(Page page, int port, String username, String route) {
        String console = "http://127.0.0.1:" + port;
        page.navigate(console + "/login");
        page.locator("button[data-username='" + username + "']").click(new Locator.ClickOptions().setTimeout(180_000));
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(console + route);
        hideDevTools(page);
    }

    public static void hideDevTools(Page page) {
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
    }

    /** A full-page screenshot as {@code target/screenshots/<name>.png}, to look at after the run. */
    public static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** The button of exactly this name. */
    public static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The first notification showing {@code part}. */
    public static Locator notification(Page page, String part) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(part)).first();
    }
}
