package io.jifen.score;

import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.scoring.model.Category;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The scoreboard as a workbook: the grid's filter and order, page by page, streamed (no full load). */
@Component
public class ScoreExport {

    private static final int PAGE = 1000;

    private final ScoreBoard board;
    private final Messages messages = new Messages();

    ScoreExport(ScoreBoard board) {
        this.board = board;
    }

    public void write(JifenUser user, Query q, List<Category> categories, Locale locale, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(messages.getTranslation("score.board.title", locale));
            List<String> head = new ArrayList<>(List.of(t("score.col.rank", locale), t("score.col.member", locale),
                    t("score.col.base", locale)));
            categories.forEach(c -> head.add(c.name()));
            head.addAll(List.of(t("score.col.total", locale), t("score.col.reward", locale),
                    t("score.col.tier", locale), t("score.col.veto", locale)));
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.size(); i++) {
                h.createCell(i).setCellValue(head.get(i));
            }
            int r = 1;
            for (int offset = 0;; offset += PAGE) {
                List<Line> page = board.page(user, q, offset, PAGE);
                for (Line l : page) {
                    write(sheet.createRow(r++), l, categories, locale);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void write(Row row, Line l, List<Category> categories, Locale locale) {
        int c = 0;
        if (l.row().unitRank() != null) {
            row.createCell(c).setCellValue(l.row().unitRank());
        }
        row.createCell(++c).setCellValue(l.memberName());
        number(row, ++c, l.row().base());
        for (Category cat : categories) {
            number(row, ++c, l.row().subtotals().get(cat.id()));
        }
        number(row, ++c, l.row().total());
        number(row, ++c, l.row().reward());
        row.createCell(++c).setCellValue(l.row().tierName() == null ? "" : l.row().tierName());
        row.createCell(++c).setCellValue(t(l.row().veto() ? "common.yes" : "common.no", locale));
    }

    private static void number(Row row, int c, BigDecimal v) {
        if (v != null) {
            row.createCell(c).setCellValue(v.doubleValue());
        }
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }
}
