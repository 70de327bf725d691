package io.jifen.score.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreExport;
import io.jifen.score.ScoreService;
import io.jifen.score.ScoreService.BoardLayout;
import io.jifen.score.ScoreService.PeriodChoice;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.statement.StatementService;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Tier;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 积分榜: stored results of a unit's subtree for one period, paged lazily from {@code score_result}; filters, sort,
 * export, the statement of a row (a click, or Enter on the row the arrow keys reached), and a synchronous recompute
 * of the unit.
 */
@Route("scores")
@Menu(title = "nav.scores", order = 6, icon = "vaadin:chart")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class ScoreboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient ScoreService scores;
    private final transient ScoreBoard board;
    private final transient StatementService statements;
    private final transient ScorePrinting print;
    private final JifenUser user = CurrentUser.require();
    private final LocalDate today;
    final ComboBox<Organization> unit = new ComboBox<>(getTranslation("score.board.unit"));
    final ComboBox<PeriodChoice> period = new ComboBox<>(getTranslation("score.board.period"));
    final ComboBox<Tier> tier = new ComboBox<>(getTranslation("score.board.tier"));
    final TextField name = new TextField(getTranslation("score.board.name"));
    final Select<Sort> sort = new Select<>();
    final Button recompute = new Button(getTranslation("score.board.recompute"));
    final Span message = new Span();
    final Grid<Line> grid = new Grid<>();
    private volatile transient BoardLayout layout;
    /** The grid's query, for the export, which runs in a download request outside the UI's session lock. */
    private volatile Query current;
    /** The row the keyboard is on: Enter opens its statement. */
    private Line focused;

    ScoreboardView(ScoreService scores, ScoreBoard board, StatementService statements, ScoreExport export,
            Clock clock, ScorePrinting print) {
        this.scores = scores;
        this.board = board;
        this.statements = statements;
        this.print = print;
        this.today = LocalDate.now(clock);
        addClassName("jifen-view");
        setSizeFull();
        add(new H2(getTranslation("score.board.title")));
        // printables (issue 10): board and 公示 sheet as PDF, export into the unit's own template
        add(filters(), toolbar(export), print.boardTools(user, () -> current, () -> layout), message, grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(e -> openStatement(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        // inside the grid only: the name filter and the dialogs keep their Enter
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                openStatement(focused);
            }
        }, Key.ENTER).listenOn(grid);
        List<Organization> units = scores.units(user);
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        unit.addValueChangeListener(e -> unitChanged());
        units.stream().filter(o -> o.getType().holdsMembers()).findFirst().or(() -> units.stream().findFirst())
                .ifPresent(unit::setValue);
    }

    private HorizontalLayout filters() {
        period.setItemLabelGenerator(p -> getTranslation("score.board.periodChoice",
                getTranslation("score.level." + p.level()), p.period().start().toString(),
                p.period().end().toString()));
        period.addValueChangeListener(e -> refresh());
        period.setWidth("19em"); // wide enough for a whole choice, its level and both dates, not the first half
        tier.setItemLabelGenerator(Tier::name);
        tier.setClearButtonVisible(true);
        tier.setPlaceholder(getTranslation("score.board.anyTier"));
        tier.addValueChangeListener(e -> refresh());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.addValueChangeListener(e -> refresh());
        sort.setLabel(getTranslation("score.board.sort"));
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("score.board.sort." + s.name()));
        sort.setValue(Sort.RANK);
        sort.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(unit, period, tier, name, sort);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout toolbar(ScoreExport export) {
        recompute.addClickListener(e -> recompute());
        Anchor download = new Anchor();
        // the download runs outside the UI's session lock: take the words now, the query when it starts
        String fileName = getTranslation("score.board.exportFile") + ".xlsx";
        java.util.Locale locale = getLocale();
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Query q = current;
            BoardLayout l = layout;
            if (q != null && l != null) {
                export.write(user, q, l.categories(), locale, event.getOutputStream());
            }
        };
        download.setHref(handler, AttachmentType.DOWNLOAD);
        download.add(new Button(getTranslation("score.board.export")));
        HorizontalLayout bar = new HorizontalLayout(recompute, download, new Span(getTranslation("score.board.keys")));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void unitChanged() {
        Organization u = unit.getValue();
        if (u != null) {
            // ranks are per 支部: a 支部's board opens by rank, a board over several 支部 by total, where ranking
            // every row for the order costs seconds at 100,000 members (docs/performance.md, round 10)
            sort.setValue(u.getType().ordinal() < OrganizationType.BRANCH.ordinal() ? Sort.TOTAL : Sort.RANK);
        }
        layout = u == null ? null : scores.layout(user, u.getId(), today).orElse(null);
        message.setText(u != null && layout == null ? getTranslation("score.board.noScheme") : "");
        period.setItems(layout == null ? List.of() : layout.periods());
        tier.setItems(layout == null ? List.of() : layout.tiers());
        if (layout != null) {
            period.setValue(layout.periods().stream().filter(p -> p.period().contains(today)).findFirst()
                    .orElse(layout.periods().getFirst()));
        }
        columns(layout == null ? List.of() : layout.categories());
        refresh();
    }

    private void columns(List<Category> categories) {
        grid.removeAllColumns();
        grid.addColumn(l -> l.row().unitRank()).setHeader(getTranslation("score.col.rank")).setAutoWidth(true);
        grid.addColumn(Line::memberName).setHeader(getTranslation("score.col.member")).setAutoWidth(true);
        grid.addColumn(l -> StatementPanel.plain(l.row().base())).setHeader(getTranslation("score.col.base"));
        for (Category c : categories) {
            grid.addColumn(l -> StatementPanel.plain(l.row().subtotals().get(c.id()))).setHeader(c.name())
                    .setKey("category-" + c.id());
        }
        grid.addColumn(l -> StatementPanel.plain(l.row().total())).setHeader(getTranslation("score.col.total"))
                .setKey("total");
        grid.addColumn(l -> StatementPanel.plain(l.row().reward())).setHeader(getTranslation("score.col.reward"));
        grid.addColumn(l -> l.row().tierName()).setHeader(getTranslation("score.col.tier"));
        grid.addColumn(l -> getTranslation(l.row().veto() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("score.col.veto"));
    }

    void refresh() {
        current = query().orElse(null);
        Query q = current;
        if (q == null) {
            grid.setItems(List.of());
            return;
        }
        // no count callback: the grid pages on without a COUNT(*) per keystroke
        grid.setItems(query -> board.page(user, q, query.getOffset(), query.getLimit()).stream());
    }

    private Optional<Query> query() {
        if (unit.getValue() == null || period.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new Query(unit.getValue().getId(), period.getValue().level(),
                period.getValue().period().start(), tier.getValue() == null ? null : tier.getValue().id(),
                name.getValue(), sort.getValue()));
    }

    void recompute() {
        if (unit.getValue() == null || period.getValue() == null) {
            return;
        }
        Optional<UnitEvaluation> e = scores.recomputeUnit(user, unit.getValue().getId(),
                period.getValue().period().start());
        e.ifPresentOrElse(x -> Notification.show(getTranslation("score.board.recomputed", x.unit().getName(),
                x.results().members().size())), () -> Notification.show(getTranslation("score.board.noScheme")));
        refresh();
    }

    void openStatement(Line line) {
        PeriodChoice p = period.getValue();
        statements.statement(user, line.row().memberId(), p.level(), p.period().start(), getLocale())
                .ifPresent(s -> new StatementDialog(s, print.statementTools(s, today)).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("score.board.title") + " · " + getTranslation("app.title");
    }
}
