package io.jifen.ledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.SelfClaimS8;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
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
 * Issue 9, the claims page (我的申报) on a phone in a real Chromium, 375×740: the demo member qs.member (S8 in force
 * at QS-01) signs in through the dev login, picks 贡献加分, types a date in the Chinese short form (2026/11/5) and
 * finds it read, types the basis, attaches a real PNG through the upload's file input, sends; the claim is listed
 * as pending with its photo stored, and is withdrawn. The page never scrolls sideways at 375 px. Screenshots go to
 * {@code target/screenshots/claims-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class ClaimsInChromiumTest {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final int WIDTH = 375;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.jifen.scheme.SchemesInForce schemes;
    @Autowired
    io.jifen.scheme.SchemeService schemeService;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_claims_chromium");
    }

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
        // the machine is shared: dev mode's first page and each round trip may take far longer than 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @Test
    void aMemberClaimsWithATypedDateAndAPhotoOnAPhoneAndWithdrawsIt() throws IOException {
        String path = jdbc.sql("select org_path from member where sso_username = 'qs.member'").query(String.class)
                .single();
        SelfClaimS8.publish(schemeService, jdbc, "CL-S8", "申报页测试方案");
        var inForce = schemes.forUnit(path, LocalDate.of(2026, 11, 5)).orElseThrow();
        assertThat(inForce.scheme().items()).as("self-claim items of %s at %s", inForce.schemeName(), path)
                .anyMatch(i -> i.id().equals("CONTRIB-DEED")
                        && io.jifen.ledger.EntrySource.SELF_CLAIM.allowedBy(i.recordedBy()));
        String basis = "浏览器申报：义务清扫村道 " + Long.toString(System.nanoTime(), 36);
        Path photo = photo();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(WIDTH, 740).setLocale("zh-CN")
                    .setDeviceScaleFactor(2));
            page.setDefaultTimeout(60_000); // the machine is shared: the first page of dev mode takes long
            try {
                signInAsMember(page);
                shot(page, "claims-1-opened");
                assertNoSidewaysScroll(page);

                fillClaim(page, basis, photo);
                shot(page, "claims-2-filled");
                assertNoSidewaysScroll(page);

                Chromium.button(page, "提交申报").click();
                assertThat(Chromium.notification(page, "申报已提交")).isVisible();
                Locator card = page.locator(".jifen-card").filter(new Locator.FilterOptions().setHasText(basis));
                assertThat(card).containsText("待审核");
                assertThat(card).containsText("2026-11-05");
                Map<String, Object> stored = entry(basis);
                assertThat(stored.get("status")).isEqualTo("PENDING");
                assertThat(stored.get("entry_date").toString()).isEqualTo("2026-11-05");
                assertThat(jdbc.sql("select count(*) from ledger_evidence where entry_id = ? and content_type = "
                        + "'image/png'").param(stored.get("id")).query(Long.class).single()).isEqualTo(1L);
                shot(page, "claims-3-sent");
                assertNoSidewaysScroll(page);

                card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("撤回")).click();
                assertThat(Chromium.notification(page, "申报已撤回")).isVisible();
                assertThat(card).containsText("已撤回");
                assertThat(entry(basis).get("status")).isEqualTo("WITHDRAWN");
                shot(page, "claims-4-withdrawn");
                assertNoSidewaysScroll(page);
            } catch (RuntimeException | AssertionError failed) {
                shot(page, "claims-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/claims-failed.png)",
                        failed);
            }
        }
    }

    private void signInAsMember(Page page) {
        String console = "http://127.0.0.1:" + port;
        page.navigate(console + "/login");
        page.locator("button[data-username='qs.member']").click(new Locator.ClickOptions().setTimeout(180_000));
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(console + "/claims");
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
        assertThat(page.getByText("新申报")).isVisible();
    }

    /** The date first (the items follow it), then the item, its points, the basis and the photo. */
    private static void fillClaim(Page page, String basis, Path photo) {
        Locator date = page.getByLabel("发生日期");
        date.fill("2026/11/5");
        date.press("Enter");
        assertThat(date).hasValue("2026-11-05");
        page.keyboard().press("Escape");

        Locator item = page.getByLabel("积分项");
        item.click(); // a tap opens the list of the items this member may claim
        Locator choice = page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("贡献加分事项")).first();
        if (!isShownSoon(choice)) {
            item.press("ArrowDown"); // the keyboard's way to open it
        }
        shot(page, "claims-1b-items");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("贡献加分事项")).first()
                .click();
        assertThat(item).hasValue(java.util.regex.Pattern.compile(".*贡献加分事项.*"));
        page.getByLabel("分值").fill("6");
        page.getByLabel("依据").fill(basis);

        page.locator("vaadin-upload input[type=file]").setInputFiles(photo);
        assertThat(page.locator("vaadin-upload-file[complete]")).hasCount(1);
    }

    private static boolean isShownSoon(Locator locator) {
        try {
            locator.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notYet) {
            return false;
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("no horizontal scroll at %d px", WIDTH)
                .isLessThanOrEqualTo(WIDTH);
    }

    private Map<String, Object> entry(String basis) {
        return jdbc.sql("select id, status, entry_date from ledger_entry where basis = ? and recorded_by = 'qs.member'")
                .param(basis).query().singleRow();
    }

    /** A real small PNG (a red square), as a phone camera roll would give a JPEG or PNG. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x20, 0x20));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        Files.createDirectories(SHOTS);
        Path file = Path.of("target", "claim-photo-" + LocalDate.of(2026, 11, 5) + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
