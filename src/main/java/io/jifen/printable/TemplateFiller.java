package io.jifen.printable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills an organization's workbook template: the row template is repeated for each member (its styles and
 * formulas copied, the rows below shifted down with their formulas), every placeholder replaced — a cell that is
 * one number placeholder becomes a number — and a range that starts and ends on the row template, e.g.
 * {@code SUM(C5:C5)}, is widened to all the member rows.
 */
final class TemplateFiller {

    private static final Pattern RANGE = Pattern.compile("(\\$?[A-Z]{1,3}\\$?)(\\d+):(\\$?[A-Z]{1,3}\\$?)(\\d+)");

    private TemplateFiller() {
    }

    static void fill(byte[] template, TemplateValues values, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                sheet(wb.getSheetAt(s), values);
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFSheet sheet, TemplateValues values) {
        int template = templateRow(sheet);
        int n = values.members().size();
        if (template >= 0 && n > 1) {
            if (template < sheet.getLastRowNum()) {
                sheet.shiftRows(template + 1, sheet.getLastRowNum(), n - 1, true, false);
            }
            for (int i = 1; i < n; i++) {
                sheet.copyRows(template, template, template + i, copyPolicy());
            }
            widenRanges(sheet, template, n);
        }
        for (Row row : sheet) {
            int member = template < 0 ? -1 : row.getRowNum() - template;
            boolean inTemplate = member >= 0 && member < Math.max(n, 1);
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    fillCell(cell, values, inTemplate ? member : -1, n);
                }
            }
        }
    }

    private static CellCopyPolicy copyPolicy() {
        return new CellCopyPolicy.Builder().cellStyle(true).cellValue(true).cellFormula(true).mergedRegions(true)
                .rowHeight(true).build();
    }

    private static int templateRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && Placeholder.scan(cell.getStringCellValue()).stream()
                        .anyMatch(f -> f.placeholder().map(Placeholder::member).orElse(false))) {
                    return row.getRowNum();
                }
            }
        }
        return -1;
    }

    /** {@code X<t>:Y<t>} on the row template (1-based t) becomes {@code X<t>:Y<t+n-1>} outside the member rows. */
    private static void widenRanges(XSSFSheet sheet, int template, int n) {
        String t = Integer.toString(template + 1);
        for (Row row : sheet) {
            if (row.getRowNum() >= template && row.getRowNum() < template + n) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                Matcher m = RANGE.matcher(cell.getCellFormula());
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String to = m.group(2).equals(t) && m.group(4).equals(t)
                            ? m.group(1) + t + ":" + m.group(3) + (template + n) : m.group();
                    m.appendReplacement(b, Matcher.quoteReplacement(to));
                }
                m.appendTail(b);
                cell.setCellFormula(b.toString());
            }
        }
    }

    /** @param member the member of this row (0-based), or -1 outside the repeated rows */
    private static void fillCell(Cell cell, TemplateValues values, int member, int n) {
        String text = cell.getStringCellValue();
        List<Placeholder.Found> found = Placeholder.scan(text);
        if (found.isEmpty()) {
            return;
        }
        boolean noMember = member < 0 || member >= n;
        if (found.size() == 1 && found.getFirst().token().equals(text.strip())) {
            Placeholder p = found.getFirst().placeholder().orElse(null);
            Object v = p == null || (p.member() && noMember) ? null : values.value(p, member);
            switch (v) {
                case BigDecimal d -> cell.setCellValue(d.doubleValue());
                case Integer i -> cell.setCellValue(i);
                case null -> cell.setBlank();
                default -> cell.setCellValue(v.toString());
            }
            return;
        }
        StringBuilder b = new StringBuilder();
        Matcher m = Placeholder.TOKEN.matcher(text);
        for (Placeholder.Found f : found) {
            m.find();
            Placeholder p = f.placeholder().orElse(null);
            Object v = p == null || (p.member() && noMember) ? null : values.value(p, member);
            m.appendReplacement(b, Matcher.quoteReplacement(TemplateValues.text(v)));
        }
        m.appendTail(b);
        cell.setCellValue(b.toString());
    }
}
