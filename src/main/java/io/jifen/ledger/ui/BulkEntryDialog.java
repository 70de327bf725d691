package io.jifen.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.query.MemberChoice;
import io.jifen.organization.NameKeys;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 活动批量录入: one activity (a 三会一课 meeting) for its attendees in one step. The attendees are ticked in the
 * unit's roster (space toggles the focused row, 全选 ticks every row the filter shows); one save stores one entry per
 * attendee, all or nothing, and a refusal lists each attendee's problem.
 */
class BulkEntryDialog extends Dialog {

    /** A roster larger than this is narrowed by the unit first. */
    static final int ROSTER_LIMIT = 2000;

    final ComboBox<Organization> unit = new ComboBox<>();
    final DatePicker date = IsoDates.apply(new DatePicker());
    final ItemFields item = new ItemFields();
    final TextArea basis = new TextArea();
    final TextField filter = new TextField();
    final Button selectAll = new Button();
    final Grid<MemberChoice> attendees = new Grid<>();
    final Span selected = new Span();
    final Div errors = new Div();
    final Button save = new Button();
    private final transient JifenUser user;
    private final transient LedgerService ledger;
    private final transient LedgerQuery query;
    private final transient SchemesInForce schemes;
    private final transient Runnable onSaved;
    private GridListDataView<MemberChoice> roster;

    BulkEntryDialog(JifenUser user, List<Organization> units, LedgerService ledger, LedgerQuery query,
            SchemesInForce schemes, LocalDate today, Runnable onSaved) {
        this.user = user;
        this.ledger = ledger;
        this.query = query;
        this.schemes = schemes;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("ledger.bulk.title"));
        setWidth("52rem");
        unit.setLabel(getTranslation("ledger.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        date.setLabel(getTranslation("ledger.field.date"));
        date.setValue(today);
        date.setMax(today);
        basis.setLabel(getTranslation("ledger.bulk.basis"));
        basis.setMaxLength(500);
        basis.setWidthFull();
        filter.setPlaceholder(getTranslation("ledger.bulk.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        selectAll.setText(getTranslation("ledger.bulk.selectAll"));
        selectAll.addClickListener(e -> roster.getItems().forEach(m -> attendees.select(m)));
        configureAttendees();
        unit.addValueChangeListener(e -> loadUnit());
        date.addValueChangeListener(e -> loadItems());
        add(new HorizontalLayout(unit, date), item, basis, new HorizontalLayout(filter, selectAll, selected),
                attendees, errors);
        save.setText(getTranslation("ledger.bulk.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
    }

    private void configureAttendees() {
        attendees.setSelectionMode(Grid.SelectionMode.MULTI);
        attendees.addColumn(MemberChoice::name).setHeader(getTranslation("ledger.column.member"));
        attendees.addColumn(MemberChoice::unitName).setHeader(getTranslation("ledger.column.unit"));
        attendees.addThemeVariants(GridVariant.LUMO_COMPACT);
        attendees.setHeight("18rem");
        attendees.addSelectionListener(e -> selected.setText(getTranslation("ledger.bulk.selected",
                e.getAllSelectedItems().size())));
    }

    private void loadUnit() {
        Organization u = unit.getValue();
        List<MemberChoice> members = u == null ? List.of() : query.members(user, EntrySource.BULK, null, u.getPath(), 0,
                ROSTER_LIMIT);
        attendees.deselectAll();
        roster = attendees.setItems(new ArrayList<>(members));
        applyFilter();
        loadItems();
    }

    private void applyFilter() {
        String text = NameKeys.searchable(filter.getValue());
        roster.setFilter(m -> text.isEmpty() || NameKeys.searchTerms(m.name()).stream()
                .anyMatch(t -> t.startsWith(text)));
    }

    private void loadItems() {
        Organization u = unit.getValue();
        if (u == null || date.getValue() == null) {
            item.setScheme(null, List.of());
            return;
        }
        var inForce = schemes.forUnit(u.getPath(), date.getValue());
        item.setScheme(inForce.map(SchemesInForce.InForce::scheme).orElse(null), inForce.map(f -> f.scheme().items()
                .stream().filter(i -> EntrySource.BULK.allowedBy(i.recordedBy())).toList())
                .orElse(List.of()));
    }

    void save() {
        errors.removeAll();
        List<MemberChoice> chosen = new ArrayList<>(attendees.getSelectedItems());
        if (chosen.isEmpty() || item.itemId() == null) {
            errors.add(new Paragraph(getTranslation("ledger.bulk.nothingChosen")));
            return;
        }
        List<EntryDraft> drafts = chosen.stream().map(m -> new EntryDraft(m.id(), item.itemId(), item.optionCode(),
                item.points(), 1, date.getValue(), basis.getValue(), null)).toList();
        try {
            int stored = ledger.record(user, EntrySource.BULK, drafts).entries().size();
            ErrorMessages.success(getTranslation("ledger.bulk.saved", stored));
            close();
            onSaved.run();
        } catch (InvalidInputException refused) {
            for (InputError e : refused.errors()) {
                int row = InputErrors.row(e);
                String who = row >= 0 && row < chosen.size() ? chosen.get(row).name() + "：" : "";
                errors.add(new Paragraph(who + InputErrors.text(this, e)));
            }
        } catch (RuntimeException failed) {
            errors.add(new Paragraph(InputErrors.describe(this, failed)));
        }
    }
}
