package io.jifen.score.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.Component;
import io.jifen.score.statement.Statement;

/** The member statement in a dialog, opened from a scoreboard row or from 我的积分. */
class StatementDialog extends Dialog {

    /** @param tools the printing buttons ({@link ScorePrinting#statementTools}) */
    StatementDialog(Statement s, Component tools) {
        add(new StatementPanel(s));
        Button close = new Button(getTranslation("score.statement.close"), e -> close());
        getFooter().add(tools, close);
        setWidth("min(960px, 100vw)");
        setMaxHeight("90vh");
    }
}
