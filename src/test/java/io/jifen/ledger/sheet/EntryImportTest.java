package io.jifen.ledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.api.IntakeFixture;
import io.jifen.organization.Member;
import io.jifen.shared.Messages;
import io.jifen.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Excel import of entries on the real services and database: preview, all or nothing, 50,000 rows, export. */
class EntryImportTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    EntryImportService imports;
    @Autowired
    EntrySheetFiles files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneBadRowAmongManyStoresNoneAndEveryProblemIsShownAtItsRowAndColumn() {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        Branch other = new IntakeFixture(context).branch(fixture.apart("QS"));
        List<Member> people = members(b, 20);
        fixture.member(b, b.group(), "同名", "ORDINARY");
        fixture.member(b, b.group(), "同名", "CADRE");
        Member elsewhere = fixture.member(other, other.group(), "外支部", "ORDINARY");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Member m = people.get(i % people.size());
            rows.add(EntrySheets.row(i % 2 == 0 ? m.getId() : m.getName(), "5", "1", "2026-03-02"));
        }
        rows.set(149, EntrySheets.row(people.get(1).getId(), "99", "1", "2026-03-02"));
        rows.set(200, EntrySheets.row("同名", "5", "1", "2026-03-02"));
        rows.set(250, EntrySheets.row(elsewhere.getId(), "5", "2.5", "2026-13-02"));
        rows.set(260, EntrySheets.row(elsewhere.getId(), "5", "1", "2026-03-02"));
        byte[] file = EntrySheets.workbook(rows);

        EntryImportPreview preview = imports.preview(b.secretary(), b.branch().getId(), file, Messages.CHINESE);
        assertThat(preview.rows()).isEqualTo(300);
        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly(
                "151 分值", "202 党员编号/姓名", "252 次数", "252 发生日期", "262 党员编号/姓名");
        assertThat(preview.problems().get(0).message()).contains("1").contains("50");
        assertThat(preview.problems().get(1).message()).contains("同名").contains("编号");
        assertThat(stored(b)).isZero();

        assertThatThrownBy(() -> imports.commit(b.secretary(), b.branch().getId(), file, Messages.CHINESE))
                .isInstanceOfSatisfying(EntryImportRejectedException.class,
                        e -> assertThat(e.preview().problems()).hasSize(5));
        assertThat(stored(b)).isZero();

        rows.set(149, EntrySheets.row(people.get(1).getId(), "50", "1", "2026-03-02"));
        rows.set(200, EntrySheets.row(people.get(2).getId(), "5", "1", "2026-03-02"));
        rows.set(250, EntrySheets.row(people.get(3).getName(), "5", "2", "2026-10-02"));
        rows.set(260, EntrySheets.row(people.get(4).getId(), "5", "", "2026/3/2"));
        assertThat(imports.commit(b.secretary(), b.branch().getId(), EntrySheets.workbook(rows), Messages.CHINESE)
                .stored()).isEqualTo(300);
        assertThat(stored(b)).isEqualTo(300);
        assertThat(jdbc.sql("select count(*) from ledger_entry where org_path like ? and source = 'IMPORT' and count = 2")
                .param(b.branch().getPath() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiftyThousandRowsImportInOneGoAndExportStreaming() throws Exception {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        List<Member> people = members(b, 50);
        List<List<String>> rows = new ArrayList<>(50_000);
        for (int i = 0; i < 50_000; i++) {
            rows.add(EntrySheets.row(people.get(i % 50).getId(), String.valueOf(1 + i % 50), "1",
                    LocalDate.of(2026, 1, 1).plusDays(i % 300).toString()));
        }
        byte[] file = EntrySheets.workbook(rows);

        long started = System.nanoTime();
        EntryImportService.Imported imported = imports.commit(b.secretary(), b.branch().getId(), file,
                Messages.CHINESE);
        long importMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("IMPORT 50,000 rows (%d KB): %d ms%n", file.length / 1024, importMs);
        assertThat(imported.stored()).isEqualTo(50_000);
        // the background message follows the confirmed entries, not the stored ones (pending ones score later)
        long confirmed = jdbc.sql("select count(*) from ledger_entry where org_path like ? and status = 'CONFIRMED'")
                .param(b.branch().getPath() + "%").query(Long.class).single();
        assertThat(imported.confirmed()).isEqualTo(confirmed);
        assertThat(imported.scoredInBackground()).isEqualTo(confirmed > LedgerService.SCORED_AT_ONCE_UP_TO);
        assertThat(stored(b)).isEqualTo(50_000);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        started = System.nanoTime();
        int exported = files.export(b.secretary(), b.branch().getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), out);
        System.out.printf("EXPORT 50,000 rows (%d KB): %d ms%n", out.size() / 1024,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(exported).isEqualTo(50_000);
    }

    @Test
    void theTemplateExplainsTheColumnsAndListsTheItemsOfTheSchemeInForce() throws Exception {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.template(b.secretary(), b.branch().getId(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("积分记录");
            List<String> header = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(EntrySheets.HEADER);
            assertThat(workbook.getSheet("填写说明")).isNotNull();
            Sheet items = workbook.getSheet("指标");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).startsWith("生效的积分方案：");
            assertThat(items.getRow(3).getCell(0).getStringCellValue()).isEqualTo("CONTRIB-DEED");
            assertThat(items.getRow(3).getCell(2).getStringCellValue()).contains("1").contains("50");
            assertThat(items.getRow(3).getCell(3).getStringCellValue()).isEqualTo("是");
        }
    }

    @Test
    void theExportShowsOnlyTheUnitsEntriesAndAForeignUnitIsRefused() throws Exception {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        Branch other = new IntakeFixture(context).branch(fixture.apart("HN"));
        List<Member> people = members(b, 2);
        imports.commit(b.secretary(), b.branch().getId(), EntrySheets.workbook(List.of(
                EntrySheets.row(people.get(0).getId(), "5", "1", "2026-03-02"),
                EntrySheets.row(people.get(1).getName(), "7", "3", "2026-04-02"))), Messages.CHINESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(files.export(b.secretary(), b.branch().getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), out)).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(people.get(1).getName());
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(3);
        }
        assertThatThrownBy(() -> files.export(other.secretary(), b.branch().getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private List<Member> members(Branch b, int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(fixture.member(b, b.group(), "导入党员" + i, "ORDINARY"));
        }
        return out;
    }

    private long stored(Branch b) {
        return jdbc.sql("select count(*) from ledger_entry where org_path like ?").param(b.branch().getPath() + "%")
                .query(Long.class).single();
    }
}
