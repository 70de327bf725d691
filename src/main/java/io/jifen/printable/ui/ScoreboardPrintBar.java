package io.jifen.printable.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.jifen.printable.PublicitySheetPdf;
import io.jifen.printable.PublicitySheets;
import io.jifen.printable.ScoreboardPdf;
import io.jifen.printable.WorkbookTemplates;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreService.BoardLayout;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The scoreboard's printing buttons: the board as PDF (landscape), the 公示 sheet as PDF, the board exported into
 * the unit's own Excel template, and (for those who manage the unit) the template's upload. Reads the grid's
 * current query when a download starts; every service re-checks the user's scope.
 */
public class ScoreboardPrintBar extends HorizontalLayout {

    ScoreboardPrintBar(PrintActions actions, JifenUser user, Supplier<Query> query, Supplier<BoardLayout> layout) {
        Locale locale = getLocale();
        LocalDate today = actions.today();
        String boardFile = getTranslation("print.board.file") + ".pdf";
        add(PrintAnchors.anchor(getTranslation("print.pdf"), boardFile, PrintAnchors.PDF, out -> {
            Query q = query.get();
            BoardLayout l = layout.get();
            if (q == null || l == null) {
                return false;
            }
            actions.boardPdf().write(user, q, new ScoreboardPdf.Heading(l.unit().getName(),
                    label(actions, q, l, locale), l.categories()), locale, today, out);
            return true;
        }));
        add(PrintAnchors.anchor(getTranslation("print.publicity.pdf"), getTranslation("print.publicity.file")
                + ".pdf", PrintAnchors.PDF, out -> {
                    Query q = query.get();
                    PublicitySheets sheets = actions.sheets();
                    return q != null && sheets.fromScores(user, q.unitId(), q.level(), q.periodStart(), locale)
                            .map(s -> {
                                PublicitySheetPdf.write(s, locale, today, out);
                                return true;
                            }).orElse(false);
                }));
        WorkbookTemplates templates = actions.templates();
        add(PrintAnchors.anchor(getTranslation("print.template.export"), getTranslation("print.template.file")
                + ".xlsx", PrintAnchors.XLSX, out -> {
                    Query q = query.get();
                    BoardLayout l = layout.get();
                    return q != null && l != null && templates.export(user, q, label(actions, q, l, locale), locale,
                            out);
                }));
        Button upload = new Button(getTranslation("print.template.upload"), e -> {
            Query q = query.get();
            if (q != null) {
                new TemplateDialog(templates, user, q.unitId()).open();
            }
        });
        add(upload);
        setWrap(true);
    }

    /** 「评定期 2026-01-01 至 2026-03-31」: the level and the chosen period's dates. */
    private static String label(PrintActions actions, Query q, BoardLayout l, Locale locale) {
        return l.periods().stream().filter(p -> p.level() == q.level() && p.period().start().equals(q.periodStart()))
                .findFirst().map(p -> actions.periodLabel(p.level(), p.period(), locale))
                .orElse(q.periodStart().toString());
    }
}
