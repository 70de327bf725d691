package io.jifen.printable.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.jifen.printable.PublicitySheets;
import io.jifen.printable.ScoreboardPdf;
import io.jifen.printable.WorkbookTemplates;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreService.BoardLayout;
import io.jifen.score.statement.Statement;
import io.jifen.score.ui.ScorePrinting;
import io.jifen.scoring.model.Period;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** What a view needs to offer the printables: one bean to inject, so a view gains its buttons with one line. */
@Component
public class PrintActions implements ScorePrinting {

    private final ScoreboardPdf boardPdf;
    private final PublicitySheets sheets;
    private final WorkbookTemplates templates;
    private final Clock clock;
    private final Messages messages;

    PrintActions(ScoreboardPdf boardPdf, PublicitySheets sheets, WorkbookTemplates templates, Clock clock,
            Messages messages) {
        this.boardPdf = boardPdf;
        this.sheets = sheets;
        this.templates = templates;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public ScoreboardPrintBar boardTools(JifenUser user, Supplier<Query> query, Supplier<BoardLayout> layout) {
        return new ScoreboardPrintBar(this, user, query, layout);
    }

    @Override
    public Anchor statementTools(Statement s, LocalDate today) {
        return PrintAnchors.ledgerCard(s, messages.getTranslation("print.pdf", locale()),
                messages.getTranslation("print.card.file", locale()) + "-" + s.memberName() + ".pdf", locale(), today);
    }

    /** The UI's language (the views call in with a UI current). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.CHINESE : ui.getLocale();
    }

    /** The printing day, from the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    String periodLabel(ScoreRow.Level level, Period p, Locale locale) {
        return messages.getTranslation("score.level." + level.name(), locale) + " "
                + messages.getTranslation("print.range", locale, p.start().toString(), p.end().toString());
    }

    ScoreboardPdf boardPdf() {
        return boardPdf;
    }

    PublicitySheets sheets() {
        return sheets;
    }

    WorkbookTemplates templates() {
        return templates;
    }
}
