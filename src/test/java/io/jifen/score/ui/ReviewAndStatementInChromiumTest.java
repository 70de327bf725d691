package io.jifen.score.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.jifen.ledger.ClaimService;
import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.DevConsoleInChromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.SelfClaimS8;
import io.jifen.testsupport.TestUsers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9, a secretary's week with the keyboard only, in a real Chromium (what Karibu cannot see: the grid's own
 * cell focus and key handling on the client). qs.member has claimed 贡献加分 with a photo; qs01.secretary signs in
 * through the dev login, opens 审核, tabs into the queue, opens the claim with Enter and approves it with
 * Ctrl+Enter; then opens 积分榜, moves onto the member's row with the arrow keys and opens the statement with Enter,
 * which names the claim's basis and the approver. The member then finds the new total and the same explanation
 * in 我的积分 on a phone. Screenshots go to {@code target/screenshots/week-*.png}.
 */
class ReviewAndStatementInChromiumTest extends DevConsoleInChromium {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    @Autowired
    ClaimService claims;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_week_chromium");
    }

    @Test
    void aSecretaryApprovesAClaimAndOpensTheStatementWithTheKeyboard() throws IOException {
        SelfClaimS8.publish(schemes, jdbc, "WK-S8", "键盘审核测试方案");
        long memberId = jdbc.sql("select id from member where sso_username = 'qs.member'").query(Long.class)
                .single();
        String memberName = jdbc.sql("select name from member where id = ?").param(memberId).query(String.class)
                .single();
        String basis = "键盘审核：清扫村道 " + Long.toString(System.nanoTime(), 36);
        Entry claim = claims.claim(TestUsers.QS_MEMBER, new EntryDraft(memberId, "CONTRIB-DEED", null,
                BigDecimal.valueOf(6), 1, DAY, basis, null), List.of(new ClaimService.Photo("清扫.png", "image/png",
                        png())));

        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
            page.setDefaultTimeout(60_000);
            try {
                Chromium.signInDev(page, port, "qs01.secretary", "/review");
                Locator queue = page.locator("vaadin-grid");
                assertThat(queue).containsText(basis);
                // from the last filter into the grid's header, on into its rows, right to the name, Enter opens it
                assertThat(page.getByLabel("党员姓名")).isInViewport();
                page.getByLabel("党员姓名").focus();
                page.keyboard().press("Tab");
                page.keyboard().press("Tab");
                page.keyboard().press("ArrowRight");
                page.keyboard().press("Enter");
                assertThat(page.getByText("证明材料", new Page.GetByTextOptions().setExact(true))).isVisible();
                Locator photo = page.locator("img[src^='evidence/']");
                assertThat(photo).hasCount(1);
                page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
                // the decision is in view next to the claim, without scrolling, in a frame of a laptop's height
                assertThat(Chromium.button(page, "通过")).isInViewport();
                Chromium.shot(page, "week-1-claim-opened");

                page.keyboard().press("Control+Enter");
                assertThat(Chromium.notification(page, "已通过")).isVisible();
                assertThat(page.getByText("待审核 0 条")).isVisible();
                assertThat(jdbc.sql("select status from ledger_entry where id = ?").param(claim.getId())
                        .query(String.class).single()).isEqualTo("CONFIRMED");
                Chromium.shot(page, "week-2-approved");

                waitForScore(memberId);
                page.navigate("http://127.0.0.1:" + port + "/scores");
                Chromium.hideDevTools(page);
                Locator board = page.locator("vaadin-grid");
                assertThat(board).containsText(memberName);
                // the period's whole name shows in its field (the field is not narrower than its text)
                assertThat(((Number) page.getByLabel("考核期").evaluate("i => i.scrollWidth - i.clientWidth"))
                        .intValue()).as("the period field cuts its text off").isLessThanOrEqualTo(0);
                Chromium.shot(page, "week-3-board");
                // into the rows from the grid's header (a click on a header only focuses it), then down to the
                // member's row with the arrow keys, and Enter
                int above = rowsAbove(page, memberName);
                board.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("基础分"))
                        .first().click();
                page.keyboard().press("Tab");
                for (int i = 0; i < above; i++) {
                    page.keyboard().press("ArrowDown");
                }
                page.keyboard().press("Enter");
                Locator dialog = page.locator("vaadin-dialog")
                        .filter(new Locator.FilterOptions().setHasText(memberName + " 的积分明细"));
                assertThat(dialog).containsText(basis);
                // the default branch review has no name in S8's workflow: the statement names it, never its id
                assertThat(dialog).containsText("支部审核：qs01.secretary 于");
                assertThat(dialog).not().containsText("BRANCH-REVIEW");
                page.waitForTimeout(500); // the dialog's opening animation, for the screenshot
                Chromium.shot(page, "week-4-statement");
            } catch (RuntimeException | AssertionError failed) {
                Chromium.shot(page, "week-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/week-failed.png)",
                        failed);
            }
            memberSeesTheResultOnAPhone(browser, basis);
        }
    }

    /** qs.member on a 375 px phone: 我的积分 shows this quarter's 86 and, opened, the claim and who approved it. */
    private void memberSeesTheResultOnAPhone(Browser browser, String basis) {
        Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(375, 740).setLocale("zh-CN")
                .setDeviceScaleFactor(2));
        phone.setDefaultTimeout(60_000);
        try {
            Chromium.signInDev(phone, port, "qs.member", "/my-points");
            assertThat(phone.getByText("本期", new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(phone.locator("body")).containsText("86");
            phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("查看积分明细")).first().click();
            assertThat(phone.locator("body")).containsText(basis);
            assertThat(phone.locator("body")).containsText("支部审核：qs01.secretary 于");
            assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at 375 px").isLessThanOrEqualTo(375);
            Chromium.shot(phone, "week-5-member-phone");
        } catch (RuntimeException | AssertionError failed) {
            Chromium.shot(phone, "week-failed-phone");
            throw new AssertionError("failed at " + phone.url() + " (see target/screenshots/week-failed-phone.png)",
                    failed);
        }
    }

    /** The confirmation's incremental update runs after its commit: the board reads what it stored. */
    private void waitForScore(long memberId) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (jdbc.sql("select count(*) from score_result where member_id = ? and level = 'PERIOD' "
                + "and period_start = '2026-10-01'").param(memberId).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the member's Q4 result stored within 60 s").isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Rows the board shows above the member's, read from the grid's rendered cells in order. */
    private static int rowsAbove(Page page, String memberName) {
        Object index = page.evaluate("name => { const g = document.querySelector('vaadin-grid'); "
                + "const rows = [...g.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden) "
                + ".sort((a, b) => a.index - b.index); "
                + "return rows.findIndex(r => [...r.querySelectorAll('slot')].some(s => s.assignedNodes()"
                + ".some(n => n.textContent === name))); }", memberName);
        int i = ((Number) index).intValue();
        assertThat(i).as("%s's row among the rendered rows", memberName).isNotNegative();
        return i;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x20, 0x80, 0x40));
        g.fillRect(0, 0, 48, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
