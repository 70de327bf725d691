package io.jifen.printable;

import io.jifen.printable.PdfTable.Align;
import io.jifen.printable.PdfTable.Column;
import io.jifen.printable.PdfTable.Row;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The 公示 sheet on A4 portrait: rank, name, total, tier, and the reasons under each name. */
public final class PublicitySheetPdf {

    private PublicitySheetPdf() {
    }

    public static void write(PublicitySheet sheet, Locale locale, LocalDate printedOn, OutputStream out) {
        PrintWords w = new PrintWords(locale);
        try (PdfSheet pdf = new PdfSheet(false)) {
            List<String> lines = new ArrayList<>();
            lines.add(w.t("print.unit", sheet.unitName()) + "　" + w.t("print.period", sheet.periodLabel()));
            if (sheet.windowFrom() != null && sheet.windowTo() != null) {
                lines.add(w.t("print.publicity.window", w.range(sheet.windowFrom(), sheet.windowTo())));
            }
            String printed = w.t("print.printedOn", printedOn.toString());
            lines.add(sheet.revision() > 0 ? w.t("print.publicity.revision", sheet.revision()) + "　" + printed
                    : printed);
            pdf.heading(w.t("print.publicity.title"), lines);
            List<Column> columns = List.of(Column.center(w.t("score.col.rank"), 1f),
                    Column.left(w.t("score.col.member"), 3f), Column.right(w.t("score.col.total"), 1.5f),
                    Column.center(w.t("score.col.tier"), 2f));
            List<Row> rows = sheet.lines().stream().map(l -> new Row(List.of(l.rank() == null ? "" : l.rank()
                    .toString(), l.memberName(), PrintWords.number(l.total()), l.tier() == null ? "" : l.tier()),
                    l.reasons().isEmpty() ? null : w.t("print.publicity.reasons", String.join("；", l.reasons()))))
                    .toList();
            pdf.table(new PdfTable(columns, rows));
            pdf.paragraph(w.t("print.publicity.note"), 10.5f, Align.LEFT);
            pdf.save(out, w::page);
        }
    }
}
