package io.jifen.printable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An organization's own workbook: checked at upload (unknown placeholders with their cell), then filled. */
public class WorkbookTemplateFillTest {

    static final List<Category> CATEGORIES = List.of(Category.of("STUDY", null, "学习教育", CategoryKind.BONUS, null),
            Category.of("SERVE", null, "服务群众", CategoryKind.BONUS, null));

    @Test
    void theRowTemplateRepeatsPerMemberWithItsStyleAndTheTotalFormulaCoversAllRows() throws Exception {
        byte[] template = template("${member.category:学习教育}");
        TemplateCheck.check("支部积分表.xlsx", template, CATEGORIES);
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("unit", "徐家堰村党支部");
        sheet.put("period", "2026年第一季度");
        sheet.put("printedOn", "2026-11-28");
        sheet.put("scheme", "徐家堰村党员积分制");
        sheet.put("memberCount", 3);
        List<Line> members = List.of(line(1, "张秀英", "96.5", "30", "优秀", 1), line(2, "欧阳建国", "80", "20", "合格", 2),
                line(3, "李四", "61", "5", "基本合格", 3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateFiller.fill(template, new TemplateValues(sheet, members, CATEGORIES, "是", "否"), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("积分表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("徐家堰村党支部 2026年第一季度 积分表");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("打印日期 2026-11-28");
            for (int i = 0; i < 3; i++) {
                Row r = s.getRow(4 + i);
                assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo(members.get(i).memberName());
                assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(r.getCell(2).getNumericCellValue()))
                        .isEqualByComparingTo(members.get(i).row().total());
                assertThat(r.getCell(1).getCellStyle().getFillForegroundColor())
                        .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            }
            assertThat(s.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(30);
            assertThat(s.getRow(5).getCell(4).getStringCellValue()).isEqualTo("合格");
            assertThat(s.getRow(6).getCell(5).getNumericCellValue()).isEqualTo(3);
            Row total = s.getRow(7);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C5:C7)");
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue()).isEqualTo(237.5);
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("共 3 人　徐家堰村党员积分制");
        }
    }

    @Test
    void noMembersLeavesTheRowTemplateBlank() throws Exception {
        byte[] template = template("${member.category:STUDY}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateFiller.fill(template, new TemplateValues(Map.of("unit", "空支部"), List.of(), CATEGORIES, "是",
                "否"), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("积分表");
            assertThat(s.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(s.getRow(5).getCell(2).getCellFormula()).isEqualTo("SUM(C5:C5)");
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsSheetAndCell() throws Exception {
        byte[] template = template("${member.score}");
        assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", template, CATEGORIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InputError err = e.errors().getFirst();
                    assertThat(err.path()).isEqualTo("积分表!D5");
                    assertThat(err.messageKey()).isEqualTo("print.template.unknown");
                    assertThat(new Messages().getTranslation(err.messageKey(), Locale.SIMPLIFIED_CHINESE,
                            err.arguments().toArray())).isEqualTo("工作表“积分表”单元格 D5：无法识别的占位符 ${member.score}");
                });
        assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", template("${member.category:党性修养}"), CATEGORIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                        .messageKey()).isEqualTo("print.template.unknownCategory"));
    }

    @Test
    void notAWorkbookTooLargeOrTwoRowTemplatesAreRefused() throws Exception {
        assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", "%PDF-1.7 not a workbook".getBytes(), CATEGORIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                        .messageKey()).isEqualTo("print.template.notXlsx"));
        byte[] zipButBroken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
        assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", zipButBroken, CATEGORIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                        .messageKey()).isEqualTo("print.template.unreadable"));
        byte[] big = new byte[TemplateCheck.MAX_BYTES + 1];
        assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", big, CATEGORIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                        .messageKey()).isEqualTo("print.template.tooLarge"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("表一");
            s.createRow(0).createCell(0).setCellValue("${member.name}");
            s.createRow(3).createCell(1).setCellValue("${member.total}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThatThrownBy(() -> TemplateCheck.check("t.xlsx", out.toByteArray(), CATEGORIES))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors().getFirst().messageKey()).isEqualTo("print.template.twoRows");
                        assertThat(e.errors().getFirst().arguments()).containsExactly("表一", 1, 4);
                    });
        }
    }

    /** A branch's own layout: title, printed date, header, the member row (styled), a total row, a footer. */
    public static byte[] template(String fourthColumn) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("积分表");
            s.createRow(0).createCell(0).setCellValue("${unit} ${period} 积分表");
            s.createRow(1).createCell(0).setCellValue("打印日期 ${printedOn}");
            Row head = s.createRow(3);
            String[] titles = {"序号", "姓名", "总分", "学习教育", "等次", "名次"};
            for (int i = 0; i < titles.length; i++) {
                head.createCell(i).setCellValue(titles[i]);
            }
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row member = s.createRow(4);
            String[] cells = {"${member.index}", "${member.name}", "${member.total}", fourthColumn,
                "${member.tier}", "${member.rank}"};
            for (int i = 0; i < cells.length; i++) {
                member.createCell(i).setCellValue(cells[i]);
                member.getCell(i).setCellStyle(yellow);
            }
            Row total = s.createRow(5);
            total.createCell(0).setCellValue("合计");
            total.createCell(2).setCellFormula("SUM(C5:C5)");
            s.createRow(6).createCell(0).setCellValue("共 ${memberCount} 人　${scheme}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Line line(long id, String name, String total, String study, String tier, int rank) {
        return new Line(new ScoreRow(id, ScoreRow.Level.PERIOD, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                1, "/1/", 1, 1, new BigDecimal("60"), BigDecimal.ZERO, new BigDecimal(total), new BigDecimal(total),
                BigDecimal.ZERO, "T", tier, rank, 3, "", new BigDecimal(total), false, Map.of("STUDY", new BigDecimal(study)), null), name);
    }
}
