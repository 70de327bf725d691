package io.jifen.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.organization.Organization;
import io.jifen.publication.Objection;
import io.jifen.publication.ObjectionService;
import io.jifen.publication.PublicationReads;
import io.jifen.publication.PublicationReads.UnitPeriod;
import io.jifen.publication.PublicationService;
import io.jifen.publication.Snapshot;
import io.jifen.publication.SnapshotRow;
import io.jifen.publication.SnapshotState;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The secretary's (and admins') side: a unit's assessed periods with their 公示 state; close (freeze), publish and
 * republish; the sheet of the newest revision and the objections to answer (upheld or dismissed, with the answer).
 */
class OfficerPanel extends VerticalLayout {

    private final transient PublicationService publications;
    private final transient PublicationReads reads;
    private final transient ObjectionService objectionService;
    private final JifenUser user;
    final ComboBox<Organization> unit = new ComboBox<>();
    final Grid<UnitPeriod> periods = new Grid<>();
    final Button close = new Button();
    final Button publish = new Button();
    final Button republish = new Button();
    final SheetPanel sheet;
    final ObjectionsGrid objections;
    final TextArea answer = new TextArea();
    final Button uphold = new Button();
    final Button dismiss = new Button();

    OfficerPanel(PublicationService publications, PublicationReads reads, ObjectionService objectionService,
            JifenUser user, Clock clock) {
        this.publications = publications;
        this.reads = reads;
        this.objectionService = objectionService;
        this.user = user;
        this.sheet = new SheetPanel(reads, user, clock);
        this.objections = new ObjectionsGrid(() -> LocalDate.now(clock));
        setPadding(false);
        unit.setLabel(getTranslation("publication.field.unit"));
        unit.setItemLabelGenerator(Organization::getName);
        unit.setItems(reads.units(user));
        unit.addValueChangeListener(e -> loadPeriods());
        periodColumns();
        periods.addSelectionListener(e -> showSelected());
        close.setText(getTranslation("publication.action.close"));
        publish.setText(getTranslation("publication.action.publish"));
        republish.setText(getTranslation("publication.action.republish"));
        close.addClickListener(e -> act(() -> publications.close(user, unit.getValue().getId(), selected().start(),
                selected().end())));
        publish.addClickListener(e -> act(() -> publications.publish(user, latest().id())));
        republish.addClickListener(e -> act(() -> publications.republish(user, latest().id())));
        answer.setLabel(getTranslation("publication.objection.field.answer"));
        answer.setMaxLength(1000);
        answer.setWidthFull();
        uphold.setText(getTranslation("publication.objection.action.uphold"));
        dismiss.setText(getTranslation("publication.objection.action.dismiss"));
        uphold.addClickListener(e -> answerSelected(true));
        dismiss.addClickListener(e -> answerSelected(false));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        objections.addSelectionListener(e -> buttons());
        add(unit, periods, new HorizontalLayout(close, publish, republish), sheet,
                new H3(getTranslation("publication.objection.title")), objections, answer,
                new HorizontalLayout(uphold, dismiss));
        buttons();
    }

    private void periodColumns() {
        periods.addColumn(p -> reads.periodLabel(p.start(), p.end(), getLocale()))
                .setHeader(getTranslation("publication.col.period")).setAutoWidth(true);
        periods.addColumn(p -> getTranslation(p.ledgerClosed() ? "publication.ledger.closed"
                : "publication.ledger.open")).setHeader(getTranslation("publication.col.ledger")).setAutoWidth(true);
        periods.addColumn(p -> p.latest().map(s -> getTranslation("publication.state." + s.state().name())
                        + " · " + getTranslation("publication.revision", s.revision()))
                .orElse(getTranslation("publication.state.NONE"))).setHeader(getTranslation("publication.col.state"))
                .setAutoWidth(true);
        periods.setAllRowsVisible(true);
    }

    void loadPeriods() {
        UnitPeriod before = selected();
        periods.setItems(unit.getValue() == null ? List.of() : reads.periods(user, unit.getValue().getId()));
        if (before != null) {
            periods.getListDataView().getItems().filter(p -> p.start().equals(before.start())).findFirst()
                    .ifPresent(periods::select);
        }
        showSelected();
    }

    private void showSelected() {
        Snapshot s = latest();
        sheet.show(s);
        if (s == null) {
            objections.setItems(List.of());
        } else {
            objections.names(reads.rows(user, s.id()).stream()
                    .collect(Collectors.toMap(SnapshotRow::memberId, SnapshotRow::memberName, (a, b) -> a)));
            objections.setItems(objectionService.ofSnapshot(user, s.id()));
        }
        buttons();
    }

    private void buttons() {
        UnitPeriod p = selected();
        Snapshot s = latest();
        close.setEnabled(p != null && s == null);
        publish.setEnabled(s != null && s.state() == SnapshotState.FROZEN);
        republish.setEnabled(s != null && (s.state() == SnapshotState.PUBLISHED || s.state() == SnapshotState.CLOSED));
        boolean open = objections.asSingleSelect().getValue() != null
                && objections.asSingleSelect().getValue().state() == Objection.State.OPEN;
        uphold.setEnabled(open);
        dismiss.setEnabled(open);
    }

    private void answerSelected(boolean upheld) {
        Objection o = objections.asSingleSelect().getValue();
        act(() -> {
            if (upheld) {
                objectionService.uphold(user, o.id(), answer.getValue());
            } else {
                objectionService.dismiss(user, o.id(), answer.getValue());
            }
        });
        answer.clear();
    }

    private void act(Runnable action) {
        try {
            action.run();
            ErrorMessages.success(getTranslation("publication.done"));
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
        loadPeriods();
    }

    private UnitPeriod selected() {
        return periods.asSingleSelect().getValue();
    }

    private Snapshot latest() {
        UnitPeriod p = selected();
        return p == null ? null : p.latest().orElse(null);
    }
}
