package io.jifen.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
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
}
