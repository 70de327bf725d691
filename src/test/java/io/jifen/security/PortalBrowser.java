package io.jifen.security;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** What the portal tests do in the browser: sign in and out at Keycloak, find the console's frame, trace the hops. */
final class PortalBrowser {

    private PortalBrowser() {
    }

    /** Prints every page load of every window and frame with its answer: the redirect chains, in the test output. */
    static BrowserContext traced(BrowserContext context) {
        long started = System.nanoTime();
        context.onResponse(response -> {
            if (response.request().isNavigationRequest()) {
                String location = response.headers().get("location");
                String where;
                try {
                    where = response.frame().parentFrame() == null ? "window" : "frame ";
                } catch (com.microsoft.playwright.PlaywrightException popupNotYetThere) {
                    where = "popup ";
                }
                System.out.printf("  +%d ms %s %d %s%s%n", millis(started, System.nanoTime()), where, response.status(),
                        response.url(), location == null ? "" : " → " + location);
            }
        });
        context.onConsoleMessage(message -> System.out.println("  console: " + message.text()));
        return context;
    }

    /** "Signing in at the portal": a top-level Keycloak sign-in (its account console) leaves an SSO session. */
    static void signInAtPortal(Page page, String realmUrl, String username) {
        page.navigate(realmUrl + "/account/");
        signInAtKeycloak(page, username);
        page.waitForURL(Pattern.compile(".*/account/.*"), new Page.WaitForURLOptions().setTimeout(30_000));
    }

    static void signInAtKeycloak(Page page, String username) {
        page.locator("#username").waitFor(visible(30));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
    }

    /** The portal's logout ends the Keycloak session (RP-initiated logout at top level, confirmed by the user). */
    static long logoutAtPortal(Page tab, String realmUrl) {
        tab.navigate(realmUrl + "/protocol/openid-connect/logout");
        tab.locator("#kc-logout").waitFor(visible(20));
        long at = System.nanoTime();
        tab.locator("#kc-logout").click();
        tab.waitForLoadState();
        return at;
    }

    static void recordFrameNavigation(Page page, Request request, List<String> chain, long started) {
        if (request.isNavigationRequest() && request.frame() != page.mainFrame()) {
            chain.add("+" + millis(started, System.nanoTime()) + " ms " + request.url());
        }
    }

    static Frame consoleFrame(Page page) {
        page.waitForSelector("iframe");
        return page.mainFrame().childFrames().getFirst();
    }

    /** The frame of the portal page once it shows the view at {@code path} ({@code /members}, {@code /profile}). */
    static Frame viewIn(Page page, String path) {
        Frame frame = consoleFrame(page);
        frame.waitForURL(Pattern.compile(".*" + Pattern.quote(path) + "\\?embed=1(&continue)?$"),
                new Frame.WaitForURLOptions().setTimeout(30_000));
        return frame;
    }

    static String frameText(Frame frame) {
        return (String) frame.evaluate("() => document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                + "'vaadin-grid-cell-content')).map(c => c.textContent).join(' ')");
    }

    static Locator.WaitForOptions visible(int seconds) {
        return new Locator.WaitForOptions().setTimeout(seconds * 1000.0);
    }

    static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
