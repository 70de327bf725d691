package io.jifen.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Template, export and the files the import refuses. */
class RosterFilesTest extends RosterTestSupport {

    @Autowired
    MemberService members;

    @Test
    void theTemplateHasTheChineseHeaderAnExampleDropDownsAndTheUsersUnits() throws IOException {
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(exports.template(QS01_SECRETARY)))) {
            Sheet roster = template.getSheetAt(0);
            assertThat(texts(roster.getRow(0))).containsExactly("姓名", "性别", "出生日期", "入党日期", "政治面貌",
                    "党员类别", "所在组织编号", "联系电话", "流动党员", "免于积分", "免评原因", "统一认证登录名", "转入日期",
                    "转出日期");
            assertThat(roster.getRow(1).getCell(0).getStringCellValue()).isEqualTo(zh("roster.template.exampleName"));
            assertThat(roster.getDataValidations()).hasSize(6);
            String help = String.join("\n", allTexts(template.getSheetAt(1)));
            assertThat(help).contains("QS-01", "QS-01-1", "QS-01-2", unit.getCode(), "普通党员", "年老体弱党员")
                    .doesNotContain("QS-02", "HN-01");
        }
    }

    @Test
    void aFilledInTemplateImports() throws IOException {
        byte[] filled;
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(exports.template(QS01_SECRETARY)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet roster = template.getSheetAt(0);
            for (int i = 1; i <= 10; i++) { // below the example row, which stays in place and is skipped
                Map<RosterColumn, Object> values = validRow(i);
                Row row = roster.createRow(1 + i);
                values.forEach((column, value) -> {
                    if (value instanceof LocalDate day) {
                        row.createCell(column.ordinal()).setCellValue(day);
                    } else {
                        row.createCell(column.ordinal()).setCellValue(value.toString());
                    }
                });
            }
            template.write(out);
            filled = out.toByteArray();
        }

        RosterPreview preview = imports.preview(QS01_SECRETARY, filled, Messages.CHINESE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(RosterRow::rowNumber).containsExactlyElementsOf(
                IntStream.rangeClosed(3, 12).boxed().toList());
        assertThat(imports.commit(QS01_SECRETARY, filled, Messages.CHINESE)).isEqualTo(10);
        assertThat(membersInUnit()).isEqualTo(10);
    }

    @Test
    void anExportReadsBackAndReimportingItFindsEveryoneAlreadyThere() throws IOException {
        imports.commit(QS01_SECRETARY, workbook(validRows(5)), Messages.CHINESE);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        int written = exports.export(QS01_SECRETARY, new MemberFilter(unit.getId(), null, null, null), exported);
        assertThat(written).isEqualTo(5);

        RosterPreview again = imports.preview(QS01_SECRETARY, exported.toByteArray(), Messages.CHINESE);

        assertThat(again.total()).isEqualTo(5);
        assertThat(again.rows()).allSatisfy(row -> assertThat(row.errors())
                .extracting(RosterError::column, RosterError::message)
                .containsExactly(
                        tuple(RosterColumn.NAME, zh("roster.error.alreadyOnRoster")),
                        tuple(RosterColumn.SSO_USERNAME,
                                zh("member.error.usernameTaken", row.member().getSsoUsername()))));
        // with the people themselves gone, the same file is a clean import again: every value survived the trip
        jdbc.update("delete from member where organization_id = ?", unit.getId());
        assertThat(imports.preview(QS01_SECRETARY, exported.toByteArray(), Messages.CHINESE).errors()).isEmpty();
    }

    @Test
    void theExportFollowsTheFilterWithinTheUsersScope() throws IOException {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        int written = exports.export(QS01_SECRETARY, MemberFilter.none(), exported);

        assertThat(written).isEqualTo(members.count(QS01_SECRETARY, MemberFilter.none()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(written);
            List<String> units = new ArrayList<>();
            for (int r = 1; r <= written; r++) {
                units.add(sheet.getRow(r).getCell(RosterColumn.UNIT_CODE.ordinal()).getStringCellValue());
            }
            assertThat(units).isNotEmpty().allMatch(code -> code.startsWith("QS-01"));
        }
    }

    @Test
    void unusableFilesAreRefusedWithAClearMessage() throws IOException {
        assertRefused("姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8), "roster.error.notXlsx");
        assertRefused(oldXls(), "roster.error.notXlsx");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9}, "roster.error.unreadable");
        byte[] huge = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, RosterImportService.MAX_BYTES + 1);
        assertRefused(huge, "roster.error.tooLarge");
        assertRefused(workbook(List.of(RosterColumn.PHONE), List.of(Map.of(RosterColumn.PHONE, "1"))),
                "roster.error.noHeader");
        assertRefused(workbook(List.of(RosterColumn.NAME, RosterColumn.GENDER), List.of(validRow(1))),
                "roster.error.missingColumns");
        assertRefused(workbook(List.of()), "roster.error.empty");
        assertRefused(workbook(validRows(RosterImportService.MAX_ROWS + 1)), "roster.error.tooManyRows");
    }

    private void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> imports.preview(QS01_SECRETARY, file, Messages.CHINESE))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static byte[] oldXls() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet().createRow(0).createCell(0).setCellValue("x");
            xls.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(new DataFormatter().formatCellValue(cell)));
        return texts;
    }

    private static List<String> allTexts(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        sheet.forEach(row -> lines.add(String.join("\t", texts(row))));
        return lines;
    }
}
