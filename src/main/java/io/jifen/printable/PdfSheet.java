package io.jifen.printable;

import io.jifen.printable.PdfTable.Align;
import io.jifen.printable.PdfTable.Column;
import io.jifen.printable.PdfTable.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * An A4 document for printing and pinning on a wall (上墙公示): wide margins, a heading on the first page, tables
 * whose header row repeats on every page, and the page label (bundle key {@code print.page}) at the foot of each page, written once the page count
 * is known. Text wraps at any character, as Chinese does; characters the font lacks print as "?".
 */
final class PdfSheet implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final float MARGIN = 20 * MM;
    static final float BODY = 9.5f;
    private static final float PAD = 2.5f;
    private static final float LEADING = 1.35f;
    private static final float FOOT = 10 * MM;

    private final PDDocument doc = new PDDocument();
    private final PrintFont.Loaded font;
    private final PDRectangle size;
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    /** @param landscape A4 landscape (the scoreboard's many columns), else portrait */
    PdfSheet(boolean landscape) {
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.font = PrintFont.load(doc);
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The title centred, then the lines under it (unit, period, printed date…), each centred. */
    void heading(String title, List<String> lines) {
        float t = 18;
        ensure(t * LEADING);
        text(title, t, MARGIN + (width() - textWidth(title, t)) / 2, y - t);
        y -= t * LEADING + 4;
        for (String line : lines) {
            paragraph(line, 10.5f, Align.CENTER);
        }
        y -= 6;
    }

    /** Wrapped text across the width. */
    void paragraph(String s, float fontSize, Align align) {
        for (String line : wrap(s, width(), fontSize)) {
            ensure(fontSize * LEADING);
            float w = textWidth(line, fontSize);
            float x = switch (align) {
                case LEFT -> MARGIN;
                case RIGHT -> MARGIN + width() - w;
                case CENTER -> MARGIN + (width() - w) / 2;
            };
            text(line, fontSize, x, y - fontSize);
            y -= fontSize * LEADING;
        }
    }

    void space(float points) {
        y -= points;
    }

    /** The table, paging as needed; the header row is drawn again at the top of each new page. */
    void table(PdfTable table) {
        float[] w = columnWidths(table.columns());
        List<List<String>> head = cellsOf(table.columns().stream().map(Column::header).toList(), w, BODY);
        drawRow(head, table.columns(), w, BODY, true);
        for (Row row : table.rows()) {
            List<List<String>> cells = cellsOf(row.cells(), w, BODY);
            List<String> detail = row.detail() == null || row.detail().isBlank() ? List.of()
                    : wrap(row.detail(), width() - 2 * PAD - 12, BODY - 1);
            float need = height(cells, BODY) + detailHeight(detail);
            if (y - need < MARGIN + FOOT) {
                newPage();
                drawRow(head, table.columns(), w, BODY, true);
            }
            drawRow(cells, table.columns(), w, BODY, false);
            drawDetail(detail);
        }
        y -= 8;
    }

    /**
     * Writes the page footers ({@code label(n, m)}, bundle key {@code print.page}) and the document, then releases it.
     */
    void save(OutputStream target, PageLabel label) {
        try {
            out.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), AppendMode.APPEND, true,
                        true)) {
                    out = s;
                    String footer = label.of(i + 1, total);
                    text(footer, 9, (size.getWidth() - textWidth(footer, 9)) / 2, MARGIN / 2 + 4);
                }
            }
            out = null;
            doc.save(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page label (bundle key {@code print.page}) in the user's language. */
    interface PageLabel {
        String of(int page, int pages);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            doc.close();
            font.source().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            out.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN + FOOT) {
            newPage();
        }
    }

    private float[] columnWidths(List<Column> columns) {
        float sum = 0;
        for (Column c : columns) {
            sum += c.weight();
        }
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width() * columns.get(i).weight() / sum;
        }
        return w;
    }

    private List<List<String>> cellsOf(List<String> cells, float[] w, float fontSize) {
        List<List<String>> out = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            String s = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            out.add(wrap(s, w[i] - 2 * PAD, fontSize));
        }
        return out;
    }

    /** At most a page: a cell longer than that is cut (a table cell never holds a page of text in these sheets). */
    private float height(List<List<String>> cells, float fontSize) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        float max = size.getHeight() - 2 * MARGIN - FOOT - 40;
        return Math.min(lines * fontSize * LEADING + 2 * PAD, max);
    }

    private float detailHeight(List<String> detail) {
        return detail.isEmpty() ? 0 : detail.size() * (BODY - 1) * LEADING + 2 * PAD;
    }

    private void drawRow(List<List<String>> cells, List<Column> columns, float[] w, float fontSize, boolean head) {
        float h = height(cells, fontSize);
        try {
            if (head) {
                out.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                out.addRect(MARGIN, y - h, width(), h);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            float x = MARGIN;
            for (int i = 0; i < w.length; i++) {
                out.addRect(x, y - h, w[i], h);
                float ty = y - PAD - fontSize;
                for (String line : cells.get(i)) {
                    if (ty < y - h) {
                        break;
                    }
                    text(line, fontSize, alignedX(line, fontSize, x, w[i], head ? Align.CENTER
                            : columns.get(i).align()), ty);
                    ty -= fontSize * LEADING;
                }
                x += w[i];
            }
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    private void drawDetail(List<String> detail) {
        if (detail.isEmpty()) {
            return;
        }
        float h = detailHeight(detail);
        try {
            out.addRect(MARGIN, y - h, width(), h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float ty = y - PAD - (BODY - 1);
        for (String line : detail) {
            text(line, BODY - 1, MARGIN + PAD + 12, ty);
            ty -= (BODY - 1) * LEADING;
        }
        y -= h;
    }

    private float alignedX(String line, float fontSize, float x, float w, Align align) {
        return switch (align) {
            case LEFT -> x + PAD;
            case RIGHT -> x + w - PAD - textWidth(line, fontSize);
            case CENTER -> x + (w - textWidth(line, fontSize)) / 2;
        };
    }

    private void text(String s, float fontSize, float x, float baseline) {
        if (s.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(font.font(), fontSize);
            out.newLineAtOffset(x, baseline);
            out.showText(drawable(s));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy wrap at any character; explicit line breaks kept; undrawable characters replaced. */
    List<String> wrap(String s, float maxWidth, float fontSize) {
        List<String> lines = new ArrayList<>();
        for (String para : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lw = 0;
            for (int i = 0; i < para.length();) {
                int cp = para.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\t' || cp == '\r') {
                    cp = ' ';
                }
                if (!font.canDraw(cp)) {
                    cp = '?';
                }
                float cw = charWidth(cp) * fontSize;
                if (lw + cw > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lw = 0;
                }
                line.appendCodePoint(cp);
                lw += cw;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String drawable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(font.canDraw(cp) ? cp : '?'));
        return b.toString();
    }

    private float textWidth(String s, float fontSize) {
        float w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp);
        }
        return w * fontSize;
    }

    /** Width of one character per point of font size, measured once per document. */
    private float charWidth(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.font().getStringWidth(new String(Character.toChars(c))) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                return 0.5f;
            }
        });
    }
}
