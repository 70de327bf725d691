package io.jifen.printable;

import io.jifen.printable.PdfTable.Column;
import io.jifen.printable.PdfTable.Row;
import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreRow;
import io.jifen.scoring.model.Category;
import io.jifen.security.JifenUser;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * The unit's scoreboard on A4 landscape, with the grid's columns (member, base, categories, total, reward, tier,
 * rank, veto), read page by page from the stored results in the grid's filter and order (no full load).
 */
@Component
public class ScoreboardPdf {

    private static final int PAGE = 500;

    private final ScoreBoard board;

    ScoreboardPdf(ScoreBoard board) {
        this.board = board;
    }

    /** What the heading says: unit, period in words, and the category columns. */
    public record Heading(String unitName, String periodLabel, List<Category> categories) {
    }

    /** Writes the board; a unit out of the user's reach gives an empty board, as the grid does. */
    public void write(JifenUser user, Query q, Heading heading, Locale locale, LocalDate printedOn,
            OutputStream out) {
        render(heading, () -> pages(user, q), locale, printedOn, out);
    }

    /** The renderer alone, for any lines. */
    static void render(Heading h, Iterable<Line> lines, Locale locale, LocalDate printedOn, OutputStream out) {
        PrintWords w = new PrintWords(locale);
        try (PdfSheet pdf = new PdfSheet(true)) {
            pdf.heading(w.t("score.board.title"), List.of(w.t("print.unit", h.unitName()) + "　"
                    + w.t("print.period", h.periodLabel()) + "　" + w.t("print.printedOn", printedOn.toString())));
            List<Column> columns = new ArrayList<>(List.of(Column.left(w.t("score.col.member"), 2.2f),
                    Column.right(w.t("score.col.base"), 1f)));
            h.categories().forEach(c -> columns.add(Column.right(c.name(), 1.2f)));
            columns.addAll(List.of(Column.right(w.t("score.col.total"), 1f), Column.right(w.t("score.col.reward"), 1f),
                    Column.center(w.t("score.col.tier"), 1.3f), Column.center(w.t("score.col.rank"), 0.8f),
                    Column.center(w.t("score.col.veto"), 0.8f)));
            Iterable<Row> rows = () -> map(lines.iterator(), l -> Row.of(cells(w, h, l)));
            pdf.table(new PdfTable(columns, rows));
            pdf.save(out, w::page);
        }
    }

    private static List<String> cells(PrintWords w, Heading h, Line l) {
        ScoreRow r = l.row();
        List<String> c = new ArrayList<>(List.of(l.memberName(), PrintWords.number(r.base())));
        h.categories().forEach(cat -> c.add(PrintWords.number(r.subtotals().get(cat.id()))));
        c.addAll(List.of(PrintWords.number(r.total()), PrintWords.number(r.reward()),
                r.tierName() == null ? "" : r.tierName(), r.unitRank() == null ? "" : r.unitRank().toString(),
                w.t(r.veto() ? "common.yes" : "common.no")));
        return c;
    }

    /** The board's pages one after the other, fetched when the table reaches them. */
    private Iterator<Line> pages(JifenUser user, Query q) {
        return new Iterator<>() {
            private List<Line> page = board.page(user, q, 0, PAGE);
            private int offset;
            private int i;

            @Override
            public boolean hasNext() {
                if (i < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                offset += PAGE;
                page = board.page(user, q, offset, PAGE);
                i = 0;
                return !page.isEmpty();
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(i++);
            }
        };
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }
}
