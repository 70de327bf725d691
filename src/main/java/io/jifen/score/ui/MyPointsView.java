package io.jifen.score.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreService;
import io.jifen.score.ScoreService.Mine;
import io.jifen.score.statement.StatementService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 我的积分: the member's own current period and year (total, tier, rank) from the stored results, their statement
 * and a link to their claims. Found through the login, never through a URL parameter; one column, so it reads at
 * 375 px.
 */
@Route("my-points")
@Menu(title = "nav.myPoints", order = 8.5, icon = "vaadin:star")
@PermitAll
class MyPointsView extends VerticalLayout implements HasDynamicTitle {

    private final transient StatementService statements;
    private final transient ScorePrinting print;
    private final JifenUser user = CurrentUser.require();
    final Div current = new Div();
    final Div year = new Div();
    final Div statement = new Div();
    private final LocalDate today;

    MyPointsView(ScoreService scores, StatementService statements, Clock clock, ScorePrinting print) {
        this.statements = statements;
        this.print = print;
        this.today = LocalDate.now(clock);
        addClassName("jifen-view");
        setMaxWidth("40rem");
        setPadding(true);
        add(new H2(getTranslation("score.my.title")));
        Anchor claims = new Anchor("claims", getTranslation("score.my.claims"));
        scores.mine(user).ifPresentOrElse(m -> show(m, today), () -> add(new Paragraph(
                getTranslation("score.my.notLinked"))));
        add(claims);
    }

    private void show(Mine mine, LocalDate today) {
        Optional<ScoreRow> period = mine.rows().stream().filter(r -> r.level() == Level.PERIOD)
                .filter(r -> !r.periodStart().isAfter(today) && !r.periodEnd().isBefore(today)).findFirst();
        Optional<ScoreRow> y = mine.rows().stream().filter(r -> r.level() == Level.YEAR)
                .filter(r -> !r.periodStart().isAfter(today) && !r.periodEnd().isBefore(today)).findFirst();
        card(current, "score.my.currentPeriod", period);
        card(year, "score.my.year", y);
        add(current, year);
        period.or(() -> y).ifPresent(r -> {
            Button show = new Button(getTranslation("score.my.showStatement"), e -> statement(mine, r));
            add(show, statement);
        });
    }

    private void card(Div card, String titleKey, Optional<ScoreRow> row) {
        card.addClassName("score-card");
        card.add(new H3(getTranslation(titleKey)));
        if (row.isEmpty()) {
            card.add(new Paragraph(getTranslation("score.my.noResult")));
            return;
        }
        ScoreRow r = row.get();
        card.add(new Paragraph(getTranslation("score.statement.period", r.periodStart().toString(),
                r.periodEnd().toString())));
        card.add(new Paragraph(getTranslation("score.statement.total", StatementPanel.plain(r.total()))));
        if (r.tierName() != null) {
            card.add(new Paragraph(getTranslation("score.statement.tier", r.tierName())));
        }
        if (r.unitRank() != null) {
            card.add(new Paragraph(getTranslation("score.statement.rank", r.unitRank(), r.unitSize())));
        }
    }

    void statement(Mine mine, ScoreRow r) {
        statement.removeAll();
        statements.statement(user, mine.member().getId(), r.level(), r.periodStart(), getLocale())
                .ifPresent(s -> statement.add(print.statementTools(s, today), new StatementPanel(s)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("score.my.title") + " · " + getTranslation("app.title");
    }
}
