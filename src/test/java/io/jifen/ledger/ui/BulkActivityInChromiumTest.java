package io.jifen.ledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.DevConsoleInChromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.SelfClaimS8;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9, 活动批量录入 from the keyboard in a real Chromium: qs01.secretary opens the ledger, Alt+B opens the bulk
 * dialog, the date is typed in the Chinese short form, the item is picked by typing and the arrow keys, and the
 * attendees are ticked with the arrow keys and Space in the roster (what Karibu cannot see: the grid's own key
 * handling); one save stores one entry per attendee. Screenshots go to {@code target/screenshots/bulk-*.png}.
 */
class BulkActivityInChromiumTest extends DevConsoleInChromium {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_bulk_chromium");
    }

    @Test
    void aSecretaryRecordsOneMeetingForThreeAttendeesWithTheKeyboard() {
        SelfClaimS8.publish(schemes, jdbc, "BK-S8", "批量录入测试方案");
        String basis = "支部党员大会（键盘录入）" + Long.toString(System.nanoTime(), 36);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
            page.setDefaultTimeout(60_000);
            try {
                Chromium.signInDev(page, port, "qs01.secretary", "/ledger");
                assertThat(page.getByText("积分台账").first()).isVisible();

                page.keyboard().press("Alt+b");
                Locator dialog = page.locator("vaadin-dialog").filter(new Locator.FilterOptions()
                        .setHasText("活动批量录入"));
                Locator save = Chromium.button(page, "为所选党员录入");
                assertThat(save).isVisible();
                Locator date = dialog.getByLabel("发生日期");
                date.fill("2026/11/20");
                date.press("Enter");
                assertThat(date).hasValue("2026-11-20");
                assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0); // Enter closed it

                Locator item = dialog.getByLabel("积分项");
                item.focus();
                item.pressSequentially("贡献");
                item.press("ArrowDown");
                item.press("Enter");
                assertThat(item).hasValue(java.util.regex.Pattern.compile(".*贡献加分事项.*"));
                dialog.getByLabel("分值").fill("2");
                dialog.getByLabel("活动说明（依据）").fill(basis);

                // into the roster's rows from its header, then Space on three rows down the list
                dialog.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("所在组织"))
                        .first().click();
                page.keyboard().press("Tab");
                page.keyboard().press("Space");
                page.keyboard().press("ArrowDown");
                page.keyboard().press("Space");
                page.keyboard().press("ArrowDown");
                page.keyboard().press("Space");
                assertThat(page.getByText("已选 3 人")).isVisible();
                Chromium.shot(page, "bulk-1-three-ticked");

                save.click();
                assertThat(Chromium.notification(page, "已录入 3 条积分")).isVisible();
                assertThat(jdbc.sql("select count(distinct member_id) from ledger_entry where basis = ? "
                        + "and source = 'BULK' and entry_date = '2026-11-20' and status = 'CONFIRMED'").param(basis)
                        .query(Long.class).single()).isEqualTo(3L);
                assertThat(save).hasCount(0); // the dialog has closed
                assertThat(page.locator("vaadin-grid").first()).containsText(basis);
                Chromium.shot(page, "bulk-2-saved");
            } catch (RuntimeException | AssertionError failed) {
                Chromium.shot(page, "bulk-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/bulk-failed.png)",
                        failed);
            }
        }
    }
}
