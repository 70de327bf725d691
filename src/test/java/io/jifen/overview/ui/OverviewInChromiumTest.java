package io.jifen.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.jifen.ledger.LedgerFixture;
import io.jifen.organization.Member;
import io.jifen.overview.OverviewFixture;
import io.jifen.overview.OverviewFixture.Tree;
import io.jifen.overview.Overviews;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KeycloakServer;
import io.jifen.testsupport.TestUsers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The overviews in a real Chromium (issue 10 acceptance "charts render with the expected number of data points"):
 * S8 entries over three months in a 总支 with two branches, then QS's admin opens {@code overview?unit=<总支>} and
 * the ECharts instances hold one point per month, per tier of the year and per branch. The secretary's overview is
 * opened inside an allowed portal's iframe (same site), where the webjar script loads as well. Screenshots go to
 * {@code target/screenshots/overview-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class OverviewInChromiumTest {

    private static final Path SHOTS = Path.of("target/screenshots");
    /** The allowed portal: 127.0.0.1 on another port, the same site as the console, so its cookies work. */
    private static final int PORTAL = KeycloakServer.freePort();

    @LocalServerPort
    int port;
    @Autowired
    OverviewFixture fixture;
    @Autowired
    Overviews overviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_overview_chromium");
        registry.add("jifen.embed.portal-origins", () -> "http://127.0.0.1:" + PORTAL);
    }

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
    }

    @Test
    void theChartsHoldOnePointPerMonthTierAndBranch() throws IOException {
        Tree t = fixture.tree(LedgerFixture.demo("QS")); // the admin signs in over HTTP as QS's demo admin
        Member a1 = fixture.member(t.a(), "浏览器甲一");
        Member a2 = fixture.member(t.a(), "浏览器甲二");
        Member b1 = fixture.member(t.b(), "浏览器乙一");
        fixture.contribution(t.a(), a1, 15, LocalDate.of(2026, 1, 15));
        fixture.contribution(t.a(), a2, 40, LocalDate.of(2026, 2, 5));
        fixture.deduction(t.b(), b1, 70, LocalDate.of(2026, 3, 20));
        int months = YearMonth.now(clock).getMonthValue();
        long yearTiers = jdbc.sql("select count(distinct tier_id) from score_result where level = 'YEAR' "
                + "and period_start = ? and org_path like ?").params(LocalDate.of(2026, 1, 1),
                t.general().getPath() + "%").query(Long.class).single();
        assertThat(yearTiers).as("the data spans more than one tier").isGreaterThan(1);

        String console = "http://127.0.0.1:" + port;
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 1200).setLocale("zh-CN"));
            page.setDefaultTimeout(30_000);
            try {
                page.navigate(console + "/login");
                page.locator("button[data-username='qs.admin']").click();
                page.waitForURL(url -> !url.contains("/login"));
                page.navigate(console + "/overview?unit=" + t.general().getId());
                assertThat(points(page, "chart-branches")).containsExactly(2, 2);
                assertThat(points(page, "chart-participation")).containsExactly(months, months);
                assertThat(points(page, "chart-tiers")).containsExactly((int) yearTiers);
                assertThat(page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-branches'))"
                        + ".getOption().xAxis[0].data")).isEqualTo(List.of(t.a().branch().getName(),
                        t.b().branch().getName()));
                page.waitForTimeout(1_200); // ECharts animates the first draw
                shot(page, "overview-admin");

                APIResponse script = page.request().get(console + "/webjars/echarts/5.3.1/dist/echarts.min.js");
                assertThat(script.status()).isEqualTo(200);
                assertThat(script.headers().get("content-type")).contains("javascript");

                secretaryInThePortal(browser, console);
            } catch (RuntimeException | AssertionError failed) {
                shot(page, "overview-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/overview-failed.png)",
                        failed);
            }
        }
    }

    /** QS-01's secretary signs in inside the portal's frame and opens the branch overview there. */
    private void secretaryInThePortal(Browser browser, String console) throws IOException {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1300, 1000).setLocale("zh-CN"));
        page.setDefaultTimeout(30_000);
        Path site = Files.createTempDirectory("portal");
        Files.writeString(site.resolve("index.html"), "<!doctype html><html><body><h1>OA</h1><iframe src='"
                + console + "/login' style='width:1240px;height:940px'></iframe></body></html>");
        HttpServer portal = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", PORTAL),
                site.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        portal.start();
        try {
            page.navigate("http://127.0.0.1:" + PORTAL + "/");
            inTheFrame(page, console);
        } catch (RuntimeException | AssertionError failed) {
            shot(page, "overview-secretary-failed");
            throw failed;
        } finally {
            portal.stop(0);
        }
    }

    private void inTheFrame(Page page, String console) {
        page.frameLocator("iframe").locator("button[data-username='qs01.secretary']").click();
        Frame frame = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
        frame.waitForURL(url -> !url.contains("/login"));
        frame.navigate(console + "/overview/unit");
        int months = YearMonth.now(clock).getMonthValue();
        long unit = overviews.home(TestUsers.QS01_SECRETARY).orElseThrow().getId();
        var period = overviews.current(overviews.periods(TestUsers.QS01_SECRETARY, unit, 2026));
        int tiers = period.map(p -> overviews.tiers(TestUsers.QS01_SECRETARY, unit, p).orElseThrow().size())
                .orElse(0);
        assertThat(points(frame, "chart-participation")).containsExactly(months, months);
        assertThat(points(frame, "chart-tiers")).containsExactly(tiers);
        page.waitForTimeout(1_200);
        shot(page, "overview-secretary-in-portal");
    }

    /** The number of data points of each series of the chart in the element {@code id}, once it is drawn. */
    @SuppressWarnings("unchecked")
    private static List<Integer> points(Frame frame, String id) {
        frame.waitForFunction("id => { const el = document.getElementById(id);"
                + " return !!(window.echarts && el && echarts.getInstanceByDom(el)); }", id);
        return ((List<Number>) frame.evaluate("id => echarts.getInstanceByDom(document.getElementById(id))"
                + ".getOption().series.map(s => s.data.length)", id)).stream().map(Number::intValue).toList();
    }

    private static List<Integer> points(Page page, String id) {
        return points(page.mainFrame(), id);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
