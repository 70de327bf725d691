package io.jifen.score.ui;

import com.vaadin.flow.component.Component;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreService.BoardLayout;
import io.jifen.score.statement.Statement;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The printing buttons the score views show, supplied by the printables feature ({@code io.jifen.printable.ui}):
 * a port, so that the score feature does not depend on the feature that depends on it.
 */
public interface ScorePrinting {

    /** The scoreboard's buttons; they read the grid's query and layout when a download starts. */
    Component boardTools(JifenUser user, Supplier<Query> query, Supplier<BoardLayout> layout);

    /** The 积分登记卡 of a statement the user was allowed to read, as a download button. */
    Component statementTools(Statement statement, LocalDate today);
}
