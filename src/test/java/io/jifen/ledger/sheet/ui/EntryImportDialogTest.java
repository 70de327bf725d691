package io.jifen.ledger.sheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.api.IntakeFixture;
import io.jifen.ledger.sheet.EntryImportService;
import io.jifen.ledger.sheet.EntrySheetFiles;
import io.jifen.ledger.sheet.SheetProblem;
import io.jifen.organization.Member;
import io.jifen.shared.Messages;
import io.jifen.testsupport.KaribuTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import dialog by itself in a Karibu UI, on the real services and database. */
class EntryImportDialogTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    EntryImportService imports;
    @Autowired
    EntrySheetFiles files;
    @Autowired
    Messages messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithProblemsShowsThemAndCannotBeImportedAndAGoodOneIsImportedWhole() throws Exception {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        Member m = fixture.member(b, b.group(), "周明", "ORDINARY");
        openAs(b.secretary());
        UI.getCurrent().setLocale(Messages.CHINESE);
        int[] refreshed = {0};
        EntryImportDialog dialog = new EntryImportDialog(imports, files, b.secretary(), b.branch().getId(),
                () -> refreshed[0]++);
        dialog.open();
        assertThat(dialog.template.getHref()).isNotBlank();

        dialog.check("bad.xlsx", workbook(List.of(
                row(String.valueOf(m.getId()), "5", "2026-03-02"),
                row("没有这个人", "5", "2026-03-02"),
                row(String.valueOf(m.getId()), "500", "2026-03-02"))));

        assertThat(dialog.summary.getText()).isEqualTo(zh("ledger.sheet.summary", 3, 2, 2));
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(dialog.problems.isVisible()).isTrue();
        List<SheetProblem> shown = dialog.problems.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(SheetProblem::row, SheetProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "党员编号/姓名"),
                        org.assertj.core.groups.Tuple.tuple(4, "分值"));
        assertThat(shown.getFirst().message()).contains("没有这个人");
        assertThat(stored(b)).isZero();

        dialog.check("good.xlsx", workbook(List.of(
                row(String.valueOf(m.getId()), "5", "2026-03-02"),
                row("周明", "6", "2026-03-03"),
                row(String.valueOf(m.getId()), "50", "2026-03-04"))));
        assertThat(dialog.summary.getText()).isEqualTo(zh("ledger.sheet.summaryOk", 3));
        assertThat(dialog.confirm.isEnabled()).isTrue();

        dialog.confirm.click();
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.cancel.isEnabled()).isFalse();
        for (int i = 0; i < 600 && dialog.isOpened(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false); // runs the UI.access tasks the import thread queued
        }
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(b)).isEqualTo(3);
        assertThat(refreshed[0]).isEqualTo(1);
        NotificationsKt.expectNotifications(zh("ledger.sheet.imported", 3));
    }

    @Test
    void anUnreadableFileShowsOneMessageInsteadOfAPreview() {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        openAs(b.secretary());
        UI.getCurrent().setLocale(Messages.CHINESE);
        EntryImportDialog dialog = new EntryImportDialog(imports, files, b.secretary(), b.branch().getId(), () -> {
        });
        dialog.check("entries.csv", "a,b".getBytes());
        assertThat(dialog.summary.getText()).isEqualTo(zh("ledger.sheet.error.notXlsx"));
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    private String zh(String key, Object... arguments) {
        return messages.getTranslation(key, Messages.CHINESE, arguments);
    }

    private long stored(Branch b) {
        return jdbc.sql("select count(*) from ledger_entry where org_path like ?").param(b.branch().getPath() + "%")
                .query(Long.class).single();
    }

    private static List<String> row(String member, String value, String date) {
        return List.of(member, "CONTRIB-DEED", "", value, "1", date, "党员大会");
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("积分记录");
            List<List<String>> all = new ArrayList<>();
            all.add(List.of("党员编号/姓名", "指标编号", "档次", "分值", "次数", "发生日期", "依据"));
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (!all.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
