package io.jifen.ledger.sheet.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import io.jifen.testsupport.Chromium;
import io.jifen.testsupport.DevConsoleInChromium;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.SelfClaimS8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9, the Excel import in a real Chromium: qs01.secretary downloads the template through the browser, fills two
 * rows in it (one with a value that is not a number) and uploads it; the preview names the bad row and column and
 * stores nothing. The corrected file passes, and 全部导入 stores both rows in the background while the page polls
 * for the result (what Karibu does not run: the upload's real multipart request and the poll). Screenshots go to
 * {@code target/screenshots/import-*.png}.
 */
class EntryImportInChromiumTest extends DevConsoleInChromium {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_import_chromium");
    }

    @Test
    void aBadRowIsShownAndNothingStoredThenTheCorrectedFileIsImported() throws IOException {
        SelfClaimS8.publish(schemes, jdbc, "IM-S8", "导入测试方案");
        String basis = "浏览器导入 " + Long.toString(System.nanoTime(), 36);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN")
                    .setAcceptDownloads(true));
            page.setDefaultTimeout(60_000);
            try {
                Chromium.signInDev(page, port, "qs01.secretary", "/ledger");
                Chromium.button(page, "导入 Excel").click();
                Locator confirm = Chromium.button(page, "全部导入");
                assertThat(confirm).isVisible();
                Download download = page.waitForDownload(() -> Chromium.button(page, "下载模板").click());
                byte[] template = Files.readAllBytes(download.path());

                upload(page, "积分导入-有误.xlsx", filled(template, basis, "abc"));
                assertThat(page.getByText("共 2 行，1 行有问题（1 处），请修改后重新上传")).isVisible();
                Locator problems = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("问题"));
                assertThat(problems).containsText("分值必须是数字");
                assertThat(confirm).isDisabled();
                assertThat(stored(basis)).isZero();
                Chromium.shot(page, "import-1-bad-row");

                upload(page, "积分导入.xlsx", filled(template, basis, "4"));
                assertThat(page.getByText("共 2 行，检查通过，可以导入")).isVisible();
                assertThat(confirm).isEnabled();
                Chromium.shot(page, "import-2-checked");
                confirm.click();
                assertThat(Chromium.notification(page, "已导入 2 条积分记录")).isVisible();
                assertThat(stored(basis)).isEqualTo(2);
                assertThat(confirm).hasCount(0); // the dialog has closed
                assertThat(page.locator("vaadin-grid").first()).containsText(basis);
                Chromium.shot(page, "import-3-imported");
            } catch (RuntimeException | AssertionError failed) {
                Chromium.shot(page, "import-failed");
                throw new AssertionError("failed at " + page.url() + " (see target/screenshots/import-failed.png)",
                        failed);
            }
        }
    }

    /** The template with two rows under its header, by the header's titles: 王建国 +3 and 丁永生 with {@code value}. */
    private static byte[] filled(byte[] template, String basis, String value) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(template);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            row(sheet, 1, header, "王建国", "3", basis);
            row(sheet, 2, header, "丁永生", value, basis);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, List<String> header, String member, String value, String basis) {
        Row row = sheet.createRow(index);
        put(row, header, "党员编号/姓名", member);
        put(row, header, "指标编号", "CONTRIB-DEED");
        put(row, header, "分值", value);
        put(row, header, "次数", "1");
        put(row, header, "发生日期", "2026-11-10");
        put(row, header, "依据", basis);
    }

    private static void put(Row row, List<String> header, String title, String text) {
        int column = header.indexOf(title);
        assertThat(column).as("the template's column %s in %s", title, header).isNotNegative();
        row.createCell(column).setCellValue(text);
    }

    private static void upload(Page page, String name, byte[] file) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
    }

    private long stored(String basis) {
        return jdbc.sql("select count(*) from ledger_entry where basis = ? and source = 'IMPORT' "
                + "and status = 'CONFIRMED'").param(basis).query(Long.class).single();
    }
}
