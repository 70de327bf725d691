package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.scheme.trial.TrialFact;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scoring.model.SchemeVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hypothetical facts: a grid of inline fields, one row per entry. Tab walks the cells, Enter in the count or
 * date cell and Alt+N add a row (the new row's member cell takes the focus), the trash button deletes one.
 */
class FactsEditor extends VerticalLayout {

    final Button add = new Button(getTranslation("trial.fact.add"));
    final List<FactRow> rows = new ArrayList<>();
    private final Div body = new Div();
    private final Supplier<LocalDate> defaultDate;
    private SchemeVersion draft;
    private List<TrialMember> members = List.of();

    FactsEditor(Supplier<LocalDate> defaultDate) {
        this.defaultDate = defaultDate;
        setPadding(false);
        add.setTooltipText(getTranslation("trial.fact.addShortcut"));
        add.addClickListener(e -> addRow().member.focus());
        Shortcuts.addShortcutListener(this, () -> addRow().member.focus(), Key.KEY_N, KeyModifier.ALT)
                .listenOn(this);
        HorizontalLayout header = new HorizontalLayout(new Span(getTranslation("trial.fact.member")),
                new Span(getTranslation("trial.fact.item")), new Span(getTranslation("trial.fact.optionValue")),
                new Span(getTranslation("trial.fact.count")), new Span(getTranslation("trial.fact.date")));
        header.addClassName("jifen-trial-facts-header");
        add(new H4(getTranslation("trial.facts")), new Span(getTranslation("trial.facts.help")), header, body, add);
    }

    void offer(SchemeVersion scheme, List<TrialMember> trialMembers) {
        this.draft = scheme;
        this.members = List.copyOf(trialMembers);
        rows.forEach(r -> r.offer(scheme, members));
    }

    FactRow addRow() {
        FactRow row = new FactRow(() -> addRow().member.focus());
        if (draft != null) {
            row.offer(draft, members);
        }
        if (!rows.isEmpty()) {
            // a new row starts like the one above: same member and date, as when typing a meeting's attendees
            FactRow above = rows.getLast();
            row.member.setValue(above.member.getValue());
            row.date.setValue(above.date.getValue());
        } else {
            row.date.setValue(defaultDate.get());
        }
        row.delete.addClickListener(e -> remove(row));
        rows.add(row);
        body.add(row);
        return row;
    }

    private void remove(FactRow row) {
        rows.remove(row);
        body.remove(row);
    }

    List<TrialFact> facts() {
        return rows.stream().map(FactRow::fact).toList();
    }

    void show(List<TrialFact> facts) {
        new ArrayList<>(rows).forEach(this::remove);
        facts.forEach(f -> addRow().show(f));
    }
}
