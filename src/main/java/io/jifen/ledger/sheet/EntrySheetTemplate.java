package io.jifen.ledger.sheet;

import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Item;
import io.jifen.ledger.EntrySource;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.shared.Messages;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The import template of one unit: the entry sheet (headers only), an instruction sheet (填写说明) explaining every
 * column, and the items (指标) of the scheme in force at the unit with their value rules, so that the user can copy
 * item ids and options without opening the scheme.
 */
final class EntrySheetTemplate {

    private final Workbook workbook;
    private final Messages messages;
    private final SheetTitles titles;
    private final CellStyle bold;

    EntrySheetTemplate(Workbook workbook, Messages messages) {
        this.workbook = workbook;
        this.messages = messages;
        this.titles = new SheetTitles(messages, Messages.CHINESE);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    /** @param scheme the scheme in force at the unit today, or null when there is none (the items sheet says so) */
    void write(String unitName, InForce scheme) {
        Sheet entries = workbook.createSheet(text("ledger.sheet.name.entries"));
        header(entries.createRow(0), java.util.Arrays.stream(EntryColumn.values()).map(titles::file)
                .toArray(String[]::new));
        for (int c = 0; c < EntryColumn.values().length; c++) {
            entries.setColumnWidth(c, (c == EntryColumn.BASIS.ordinal() ? 40 : 16) * 256);
        }
        entries.createFreezePane(0, 1);
        help(workbook.createSheet(text("ledger.sheet.name.help")), unitName);
        items(workbook.createSheet(text("ledger.sheet.name.items")), scheme);
    }

    private void help(Sheet help, String unitName) {
        help.createRow(0).createCell(0).setCellValue(text("ledger.sheet.help.general", unitName,
                EntrySheetReader.MAX_ROWS));
        header(help.createRow(2), text("ledger.sheet.help.column"), text("ledger.sheet.help.required"),
                text("ledger.sheet.help.description"));
        int r = 3;
        for (EntryColumn column : EntryColumn.values()) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(titles.file(column));
            row.createCell(1).setCellValue(text(column.required() ? "ledger.sheet.help.yes" : "ledger.sheet.help.no"));
            row.createCell(2).setCellValue(text("ledger.sheet.help." + column.name()));
        }
        help.setColumnWidth(0, 18 * 256);
        help.setColumnWidth(1, 10 * 256);
        help.setColumnWidth(2, 100 * 256);
    }

    private void items(Sheet sheet, InForce scheme) {
        if (scheme == null) {
            sheet.createRow(0).createCell(0).setCellValue(text("ledger.sheet.items.none"));
            return;
        }
        sheet.createRow(0).createCell(0).setCellValue(text("ledger.sheet.items.scheme", scheme.schemeName()));
        header(sheet.createRow(2), text("ledger.sheet.items.id"), text("ledger.sheet.items.name"),
                text("ledger.sheet.items.rule"), text("ledger.sheet.items.importable"));
        int r = 3;
        for (Item item : scheme.scheme().items()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(item.id());
            row.createCell(1).setCellValue(item.name());
            row.createCell(2).setCellValue(rule(item.value()));
            row.createCell(3).setCellValue(text(EntrySource.IMPORT.allowedBy(item.recordedBy())
                    ? "ledger.sheet.help.yes" : "ledger.sheet.help.no"));
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 12 * 256);
    }

    /** How the value of an item is written in the sheet: nothing, a 分值 in a range, or a 档次 code. */
    private String rule(ValueRule value) {
        return switch (value) {
            case ValueRule.Fixed f -> text("ledger.sheet.rule.fixed", f.points().toPlainString());
            case ValueRule.ReviewerRange r -> text("ledger.sheet.rule.range", r.min().toPlainString(),
                    r.max().toPlainString());
            case ValueRule.ByOption o -> text("ledger.sheet.rule.options", o.options().stream()
                    .map(EntrySheetTemplate::option).collect(Collectors.joining("；")));
        };
    }

    private static String option(ValueOption o) {
        String points = o.min().compareTo(o.max()) == 0 ? o.min().toPlainString()
                : o.min().toPlainString() + "–" + o.max().toPlainString();
        return o.code() + "（" + o.label() + "，" + points + "）";
    }

    private void header(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getTranslation(key, Messages.CHINESE, arguments);
    }
}
