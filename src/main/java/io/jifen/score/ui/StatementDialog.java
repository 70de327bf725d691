package io.jifen.score.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import io.jifen.printable.ui.PrintAnchors;
import io.jifen.score.statement.Statement;
import java.time.LocalDate;

/** The member statement in a dialog, opened from a scoreboard row or from 我的积分. */
class StatementDialog extends Dialog {

    StatementDialog(Statement s, LocalDate today) {
        add(new StatementPanel(s));
        Button close = new Button(getTranslation("score.statement.close"), e -> close());
        getFooter().add(PrintAnchors.ledgerCard(s, getTranslation("print.pdf"), getTranslation("print.card.file")
                + "-" + s.memberName() + ".pdf", getLocale(), today), close);
        setWidth("min(960px, 100vw)");
        setMaxHeight("90vh");
    }
}
