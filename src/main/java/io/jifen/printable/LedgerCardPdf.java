package io.jifen.printable;

import io.jifen.printable.PdfTable.Align;
import io.jifen.printable.PdfTable.Column;
import io.jifen.printable.PdfTable.Row;
import io.jifen.score.statement.Statement;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.Statement.Section;
import io.jifen.score.statement.Statement.Summary;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The member's 积分登记卡 on A4 portrait, from their statement: every entry (date, item, points, basis, recorder and
 * approvers, 冲正 marks), the category subtotals with the caps applied, the total, tier and rank.
 */
public final class LedgerCardPdf {

    private LedgerCardPdf() {
    }

    public static void write(Statement s, Locale locale, LocalDate printedOn, OutputStream out) {
        PrintWords w = new PrintWords(locale);
        try (PdfSheet pdf = new PdfSheet(false)) {
            pdf.heading(w.t("print.card.title"), List.of(
                    w.t("print.card.member", s.memberName()) + "　" + w.t("print.unit", s.unitName()),
                    w.t("print.card.scheme", s.schemeName(), s.ruleVersion()),
                    w.t("print.period", w.range(s.period().start(), s.period().end())) + "　"
                            + w.t("print.printedOn", printedOn.toString())));
            if (s.notScored() != null) {
                pdf.paragraph(s.notScored(), 10.5f, Align.LEFT);
            }
            summary(pdf, w, s.summary());
            for (Section section : s.sections()) {
                section(pdf, w, section);
            }
            if (!s.reversals().isEmpty()) {
                pdf.paragraph(w.t("score.statement.reversals"), 11f, Align.LEFT);
                pdf.table(entries(w, s.reversals()));
            }
            if (!s.notes().isEmpty()) {
                pdf.paragraph(w.t("score.statement.notes"), 11f, Align.LEFT);
                s.notes().forEach(n -> pdf.paragraph(n, BODY_SMALL, Align.LEFT));
            }
            pdf.save(out, w::page);
        }
    }

    private static final float BODY_SMALL = 9f;

    private static void summary(PdfSheet pdf, PrintWords w, Summary sum) {
        if (sum == null) {
            pdf.paragraph(w.t("score.statement.none"), 10.5f, Align.LEFT);
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(w.t("score.statement.total", PrintWords.number(sum.total())));
        if (sum.reward() != null && sum.reward().signum() != 0) {
            parts.add(w.t("score.statement.reward", PrintWords.number(sum.reward())));
        }
        if (sum.tier() != null) {
            parts.add(w.t("score.statement.tier", sum.tier()));
        }
        if (sum.rank() != null) {
            parts.add(sum.rank());
        }
        if (sum.veto()) {
            parts.add(w.t("score.statement.veto"));
        }
        pdf.paragraph(String.join("　", parts), 11f, Align.LEFT);
        pdf.space(4);
    }

    private static void section(PdfSheet pdf, PrintWords w, Section section) {
        pdf.paragraph(w.t("score.statement.sectionTitle", section.period().start().toString(),
                section.period().end().toString()) + "　" + w.t("score.statement.base",
                PrintWords.number(section.base())) + "　" + w.t("score.statement.total",
                PrintWords.number(section.total())), 10.5f, Align.LEFT);
        List<Row> categories = section.categories().stream().map(c -> Row.of(List.of(c.name(),
                PrintWords.signed(c.points()), c.capNote() == null ? "" : c.capNote()))).toList();
        pdf.table(new PdfTable(List.of(Column.left(w.t("print.card.category"), 3f),
                Column.right(w.t("print.card.subtotal"), 1.2f), Column.left(w.t("print.card.cap"), 4f)),
                categories));
        List<EntryLine> lines = section.items().stream().flatMap(i -> i.entries().stream()).toList();
        if (!lines.isEmpty()) {
            pdf.table(entries(w, lines));
        }
    }

    private static PdfTable entries(PrintWords w, List<EntryLine> lines) {
        List<Column> columns = List.of(Column.center(w.t("print.card.date"), 1.6f),
                Column.left(w.t("print.card.item"), 2.4f), Column.right(w.t("print.card.points"), 1.1f),
                Column.left(w.t("print.card.basis"), 3f), Column.left(w.t("print.card.approver"), 3.2f),
                Column.left(w.t("print.card.mark"), 2f));
        List<Row> rows = lines.stream().map(e -> Row.of(List.of(e.date().toString(), e.itemName(),
                PrintWords.signed(e.value()) + (e.count() > 1 ? " ×" + e.count() : ""),
                e.basis() == null ? "" : e.basis(), approver(w, e), e.mark() == null ? "" : e.mark()))).toList();
        return new PdfTable(columns, rows);
    }

    /** Who recorded it, then each review step in words. */
    private static String approver(PrintWords w, EntryLine e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.source() == null ? e.recordedBy() : w.t("print.card.recorder", e.recordedBy(), e.source()));
        parts.addAll(e.approvals());
        return String.join("\n", parts);
    }
}
