package io.jifen.ledger.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.ledger.Entry;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.BatchResult;
import io.jifen.ledger.review.QueueRow;
import io.jifen.ledger.review.ReviewFilter;
import io.jifen.ledger.review.ReviewService;
import io.jifen.organization.Organization;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * 审核: the entries waiting for the signed-in user's decision (as secretary, admin, or a roster role such as
 * department head), oldest first, paged from the database. Keyboard: arrows move, Enter opens the detail,
 * Ctrl+Enter approves the focused entry; checkboxes select a batch to approve at once.
 */
@Route("review")
@Menu(title = "nav.review", order = 5, icon = "vaadin:check-square-o")
@PermitAll
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReviewService reviews;
    private final JifenUser user = CurrentUser.require();
    final Grid<QueueRow> grid = new Grid<>();
    final Span counter = new Span();
    final ComboBox<Organization> unit = new ComboBox<>();
    final TextField item = new TextField();
    final DatePicker from = IsoDates.apply(new DatePicker());
    final DatePicker to = IsoDates.apply(new DatePicker());
    final ComboBox<EntrySource> source = new ComboBox<>();
    final TextField claimant = new TextField();
    final Button approveSelected = new Button(getTranslation("review.action.approveSelected"));
    final ReviewDetail detail;
    private QueueRow focused;

    ReviewQueueView(ReviewService reviews, EvidenceService evidence) {
        this.reviews = reviews;
        addClassName("jifen-view");
        setSizeFull();
        detail = new ReviewDetail(reviews, evidence, user, this::refresh);
        filters();
        columns();
        approveSelected.addClickListener(e -> approveSelected());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("review.title")), counter,
                new Span(getTranslation("review.keyboard.hint")), approveSelected);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        HorizontalLayout filters = new HorizontalLayout(unit, item, from, to, source, claimant);
        filters.setWrap(true); // in a portal's frame of a laptop's width the last filters would be cut off
        add(header, filters, body);
        setFlexGrow(1, body);
        keyboard();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }

    private void columns() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        col(QueueRow::memberName, "review.column.member");
        col(QueueRow::unitName, "review.column.unit");
        col(QueueRow::itemName, "review.column.item");
        col(r -> value(r.entry()), "review.column.value");
        col(r -> Integer.toString(r.entry().getCount()), "review.column.count");
        col(r -> r.entry().getDate().toString(), "review.column.date");
        col(r -> r.entry().getBasis() == null ? "" : r.entry().getBasis(), "review.column.basis");
        col(r -> r.entry().getRecordedBy(), "review.column.recorder");
        col(r -> getTranslation("ledger.source." + r.entry().getSource().name()), "review.column.source");
        col(detail::stepName, "review.column.step");
        col(r -> ReviewDetail.TIME.format(r.waitingSince()), "review.column.waiting");
        grid.setItems(q -> reviews.queue(user, filter(), q.getOffset(), q.getLimit()).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
    }

    private void col(com.vaadin.flow.function.ValueProvider<QueueRow, String> value, String key) {
        grid.addColumn(value).setHeader(getTranslation(key)).setAutoWidth(true).setResizable(true);
    }

    private void filters() {
        unit.setLabel(getTranslation("review.filter.unit"));
        unit.setItems(reviews.units(user));
        unit.setItemLabelGenerator(Organization::getName);
        unit.setClearButtonVisible(true);
        item.setLabel(getTranslation("review.filter.item"));
        from.setLabel(getTranslation("review.filter.from"));
        to.setLabel(getTranslation("review.filter.to"));
        source.setLabel(getTranslation("review.filter.source"));
        source.setItems(EntrySource.values());
        source.setItemLabelGenerator(s -> getTranslation("ledger.source." + s.name()));
        source.setClearButtonVisible(true);
        source.setPlaceholder(getTranslation("review.filter.any"));
        claimant.setLabel(getTranslation("review.filter.claimant"));
        for (TextField t : new TextField[] {item, claimant}) {
            t.setValueChangeMode(ValueChangeMode.LAZY);
            t.setClearButtonVisible(true);
        }
        unit.addValueChangeListener(e -> refresh());
        item.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        claimant.addValueChangeListener(e -> refresh());
    }

    /** Enter opens the focused entry, Ctrl+Enter approves it (inside the grid only: dialogs keep their Enter). */
    private void keyboard() {
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(grid, this::approveFocused, Key.ENTER, KeyModifier.CONTROL).listenOn(grid);
    }

    ReviewFilter filter() {
        return new ReviewFilter(unit.getValue() == null ? null : unit.getValue().getId(), item.getValue(),
                from.getValue(), to.getValue(), source.getValue(), claimant.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        counter.setText(getTranslation("review.counter", reviews.waiting(user, filter())));
        detail.show(null);
    }

    void open(QueueRow row) {
        if (row != null) {
            focused = row;
            detail.show(row);
        }
    }

    void approveFocused() {
        if (focused != null) {
            detail.show(focused);
            detail.approveShown();
        }
    }

    void approveSelected() {
        var ids = grid.getSelectedItems().stream().map(QueueRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        BatchResult result = reviews.approveAll(user, ids);
        String summary = getTranslation("review.batch.result", result.decided().size(), result.refused().size());
        String why = result.refused().stream().map(r -> getTranslation("review.batch.refusal", Long.toString(r.entryId()),
                getTranslation(r.messageKey(), r.arguments().toArray()))).collect(Collectors.joining("\n"));
        if (result.refused().isEmpty()) {
            ErrorMessages.success(summary);
        } else {
            ErrorMessages.refused(summary + "\n" + why);
        }
        refresh();
    }

    static String value(Entry e) {
        String option = e.getOptionCode() == null ? "" : e.getOptionCode();
        String points = e.getValue() == null ? "" : e.getValue().stripTrailingZeros().toPlainString();
        return option.isEmpty() || points.isEmpty() ? option + points : option + " / " + points;
    }
}
