package io.jifen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import io.jifen.ledger.ClaimService;
import io.jifen.ledger.EntryDraft;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.DevConsoleInChromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.SelfClaimS8;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page of the menu as each demo role opens it, in Chinese and in English, in a real Chromium: no message key
 * without its text ({@code !key}, what the bundles answer for a key they lack), no Vaadin error, no page wider than a
 * 1280 px frame. Screenshots go to {@code target/screenshots/tour-*.png}.
 */
class RouteTourInChromiumTest extends DevConsoleInChromium {

    /** What {@code Messages} renders for a missing key: "!" and the key. */
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    @Autowired
    ClaimService claims;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_tour_chromium");
    }

    @Test
    void everyPageReadsInChineseAndEnglishForEachRole() {
        SelfClaimS8.publish(schemes, jdbc, "TR-S8", "巡检测试方案");
        long memberId = jdbc.sql("select id from member where sso_username = 'qs.member'").query(Long.class)
                .single();
        claims.claim(TestUsers.QS_MEMBER, new EntryDraft(memberId, "CONTRIB-DEED", null, BigDecimal.valueOf(5), 1,
                LocalDate.of(2026, 11, 6), "巡检：待审核的申报", null), List.of());
        List<String> staff = List.of("/overview", "/todos", "/organizations", "/members", "/unit-roles", "/schemes",
                "/ledger", "/review", "/scores", "/tasks", "/honours", "/periods", "/exchange-admin", "/publication",
                "/profile");
        List<String> member = List.of("/claims", "/my-points", "/exchange", "/todos", "/profile");
        List<String> problems = new ArrayList<>();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            for (String locale : List.of("zh-CN", "en")) {
                tour(browser, locale, "qs.admin", staff, problems);
                tour(browser, locale, "qs01.secretary", staff, problems);
                tour(browser, locale, "qs.member", member, problems);
            }
        }
        assertThat(problems).as("pages with untranslated keys, errors or sideways scroll").isEmpty();
    }

    private void tour(Browser browser, String locale, String user, List<String> routes, List<String> problems) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale(locale));
        page.setDefaultTimeout(60_000);
        Chromium.signInDev(page, port, user, routes.getFirst());
        if (locale.equals("en")) { // the console speaks the language picked in its header, whatever the browser's
            page.getByLabel("界面语言").click();
            page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("English")).click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByLabel("Language"))
                    .isVisible();
        }
        for (String route : routes) {
            page.navigate("http://127.0.0.1:" + port + route);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Chromium.hideDevTools(page);
            String where = locale + " " + user + " " + route;
            String text = page.locator("body").innerText();
            Matcher missing = MISSING_KEY.matcher(text);
            while (missing.find()) {
                problems.add(where + ": " + missing.group());
            }
            if (page.locator("vaadin-notification-card[theme~=error]").count() > 0
                    || text.contains("Internal error") || text.contains("Server error")) {
                problems.add(where + ": an error is shown");
            }
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > 1280) {
                problems.add(where + ": " + width + " px wide");
            }
            Chromium.shot(page, "tour-" + locale + "-" + user + route.replace('/', '-'));
        }
        page.close();
    }
}
