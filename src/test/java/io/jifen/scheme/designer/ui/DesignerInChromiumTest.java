package io.jifen.scheme.designer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.TestUsers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The designer in a real Chromium (issue 8 acceptance): QS's admin signs in through the dev login, creates a scheme
 * from the S8 template in the schemes page's "从模板新建" dialog, opens it in the designer, raises the cap of 贡献加分
 * to 30 and types a threshold for 优秀 that overlaps 合格 (70: the ruler and the issues list say so) before settling
 * on 92, saves with Ctrl+S, validates, publishes with an effective date typed into the date picker, reloads and finds
 * the version published, read-only, with both changes. Screenshots go to {@code target/screenshots/designer-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class DesignerInChromiumTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    SchemeService schemes;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_designer_chromium");
    }

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
    }

    @Test
    void anAdminCreatesFromATemplateChangesPublishesAndReloads() {
        String console = "http://127.0.0.1:" + port;
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900).setLocale("zh-CN"));
            page.setDefaultTimeout(15_000);
            try {
                page.navigate(console + "/login");
                page.locator("button[data-username='qs.admin']").click();
                page.waitForURL(url -> !url.contains("/login"));
                page.navigate(console + "/schemes");

                createFromTemplate(page);
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("浏览器测试方案")).first().click();
                button(page, "设计").click();
                page.waitForURL(Pattern.compile(".*/schemes/design/\\d+"));
                hideDevTools(page);
                long versionId = Long.parseLong(page.url().replaceAll(".*/design/(\\d+).*", "$1"));
                shot(page, "designer-1-opened");

                editCapAndTier(page);
                page.keyboard().press("Control+s");
                assertThat(notification(page, "已保存")).isVisible();
                assertThat(SchemeDocuments.read(schemes.version(TestUsers.QS_ADMIN, versionId).getDocument())
                    .categories().getFirst().cap().max()).isEqualByComparingTo("30");

                button(page, "校验").click();
                assertThat(notification(page, "校验通过")).isVisible();
                publishOn(page, "2026-01-01");
                SchemeVersionRecord published = schemes.version(TestUsers.QS_ADMIN, versionId);
                assertThat(published.getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
                assertThat(published.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
                SchemeVersion stored = SchemeDocuments.read(published.getDocument());
                assertThat(stored.categories().getFirst().cap().max()).isEqualByComparingTo("30");
                assertThat(stored.tierSchemes().getFirst().tiers().getFirst().min()).isEqualByComparingTo("92");

                page.reload();
                hideDevTools(page);
                readOnlyWithTheChanges(page);
            } catch (RuntimeException | AssertionError failed) {
                shot(page, "designer-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/designer-failed.png)",
                        failed);
            }
        }
    }

    private static void createFromTemplate(Page page) {
        button(page, "从模板新建").click();
        Locator dialog = page.locator("vaadin-dialog");
        Locator organization = dialog.getByLabel("所属组织");
        organization.fill("青山乡党委");
        assertThat(page.locator("vaadin-combo-box-item").first()).containsText("青山乡党委");
        organization.press("Enter");
        assertThat(organization).hasValue("青山乡党委");
        dialog.getByLabel("方案编号").fill("CR-S8");
        dialog.locator("vaadin-item").filter(new Locator.FilterOptions().setHasText("徐家堰")).click();
        assertThat(dialog.getByLabel("方案名称")).hasValue(Pattern.compile(".+"));
        dialog.getByLabel("方案名称").fill("浏览器测试方案");
        shot(page, "designer-0-new-from-template");
        button(dialog, "创建草稿").click();
        assertThat(notification(page, "浏览器测试方案")).isVisible();
    }

    /** The cap of 贡献加分, then 优秀's threshold: first overlapping 合格 (shown), then valid. */
    private static void editCapAndTier(Page page) {
        contribution(page).click();
        Locator cap = page.getByLabel("上限（封顶）");
        cap.fill("30");
        cap.press("Tab");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("档次")).click();
        Locator excellent = page.getByLabel("起点分数").first();
        assertThat(excellent).hasValue(Pattern.compile("^90(\\.0+)?$"));
        excellent.fill("70");
        excellent.press("Tab");
        assertThat(page.locator(".tier-ruler-words")).containsText("重叠");
        assertThat(page.locator(".tier-overlap").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("起点分数相同（70 分），分数段重叠")).first()).isVisible();
        shot(page, "designer-2-tier-overlap");

        excellent.fill("92");
        excellent.press("Tab");
        assertThat(page.locator(".tier-ruler-words")).not().containsText("重叠");
        assertThat(page.locator(".tier-overlap")).hasCount(0);
        shot(page, "designer-3-tier-fixed");
    }

    private static void publishOn(Page page, String date) {
        button(page, "发布…").click();
        Locator dialog = page.locator("vaadin-dialog");
        Locator picker = dialog.getByLabel("生效日期");
        picker.fill(date);
        picker.press("Enter");
        assertThat(picker).hasValue(date);
        shot(page, "designer-4-publish-dialog");
        button(dialog, "确认发布").click();
        assertThat(notification(page, "已发布")).isVisible();
    }

    private static void readOnlyWithTheChanges(Page page) {
        assertThat(button(page, "保存")).isHidden();
        contribution(page).click();
        Locator cap = page.getByLabel("上限（封顶）");
        assertThat(cap).hasValue(Pattern.compile("^30(\\.0+)?$"));
        assertThat(page.locator("vaadin-big-decimal-field[readonly]").first()).isAttached();
        assertThat(cap).not().isEditable();
        shot(page, "designer-5-published-read-only");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("档次")).click();
        assertThat(page.getByLabel("起点分数").first()).hasValue(Pattern.compile("^92(\\.0+)?$"));
        assertThat(page.getByLabel("起点分数").first()).not().isEditable();
        shot(page, "designer-6-published-tiers");
    }

    /** 贡献加分's row by its kind column: a click on the name would toggle the tree node instead of selecting it. */
    private static Locator contribution(Page page) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*加分\\s*$"))).first();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Dev mode's popup and Copilot sit over the header's buttons and catch their clicks; production has neither. */
    private static void hideDevTools(Page page) {
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
    }

    private static Locator notification(Page page, String part) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(part)).first();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
