package io.jifen.honour;

import io.jifen.honour.Appraisal.Candidate;
import io.jifen.honour.Appraisal.RuleList;
import io.jifen.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual list for 评先选优 as a workbook: one sheet per eligibility rule, one row per candidate with the
 * evidence (each period's tiers, the year's tiers and total, the eligibility reasons) and where the quota cut leaves
 * them. The appraisal was already scoped and rendered by {@link HonourService}.
 */
public final class HonourExport {

    private static final Messages MESSAGES = new Messages();
    private static final List<String> HEADERS = List.of("place", "name", "total", "rank", "yearTiers", "periods",
            "reasons", "cut");

    private HonourExport() {
    }

    public static void write(Appraisal a, Locale locale, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (RuleList list : a.lists()) {
                Sheet sheet = book.createSheet(safeName(list.ruleName(), book.getNumberOfSheets()));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(MESSAGES.getTranslation("honour.export.title", locale,
                        a.unitName(), Integer.toString(a.year()), list.ruleName(), list.quota() == null
                                ? MESSAGES.getTranslation("honour.quota.none", locale) : list.quota().toString()));
                Row header = sheet.createRow(1);
                for (int c = 0; c < HEADERS.size(); c++) {
                    header.createCell(c).setCellValue(MESSAGES.getTranslation("honour.col." + HEADERS.get(c), locale));
                }
                int r = 2;
                for (Candidate c : list.candidates()) {
                    row(sheet.createRow(r++), c, locale);
                }
            }
            if (a.lists().isEmpty()) {
                book.createSheet(MESSAGES.getTranslation("honour.title", locale)).createRow(0).createCell(0)
                        .setCellValue(MESSAGES.getTranslation("honour.noRules", locale));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, Candidate c, Locale locale) {
        String sep = MESSAGES.getTranslation("honour.export.separator", locale);
        row.createCell(0).setCellValue(c.place());
        row.createCell(1).setCellValue(c.name());
        row.createCell(2).setCellValue(c.total().doubleValue());
        if (c.unitRank() != null) {
            row.createCell(3).setCellValue(c.unitRank());
        }
        row.createCell(4).setCellValue(c.yearTiers());
        row.createCell(5).setCellValue(String.join(sep, c.periodTiers()));
        row.createCell(6).setCellValue(String.join(sep, c.reasons()));
        row.createCell(7).setCellValue(MESSAGES.getTranslation("honour.cut." + c.cut().name(), locale));
    }

    /** Sheet names are at most 31 characters and may not hold []:*?/\ . */
    private static String safeName(String name, int index) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        s = s.length() > 28 ? s.substring(0, 28) : s;
        return s.isEmpty() ? "#" + (index + 1) : s;
    }
}
