package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import io.jifen.scheme.trial.TrialFact;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.shared.ui.IsoDates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the facts grid as inline fields in Tab order: member, item, option, value, count, date, delete. The
 * option and value fields show only when the item has options or a reviewer range.
 */
class FactRow extends HorizontalLayout {

    final ComboBox<String> member = new ComboBox<>();
    final ComboBox<String> item = new ComboBox<>();
    final ComboBox<String> option = new ComboBox<>();
    final BigDecimalField value = new BigDecimalField();
    final IntegerField count = new IntegerField();
    final DatePicker date = new DatePicker();
    final Button delete = new Button(VaadinIcon.TRASH.create());
    private SchemeVersion scheme;

    FactRow(Runnable onEnter) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        member.setAriaLabel(getTranslation("trial.fact.member"));
        item.setAriaLabel(getTranslation("trial.fact.item"));
        option.setAriaLabel(getTranslation("trial.fact.option"));
        value.setAriaLabel(getTranslation("trial.fact.value"));
        count.setAriaLabel(getTranslation("trial.fact.count"));
        date.setAriaLabel(getTranslation("trial.fact.date"));
        item.setWidth("16em");
        count.setMin(1);
        count.setValue(1);
        count.setStepButtonsVisible(true);
        count.setWidth("7em");
        value.setWidth("7em");
        IsoDates.apply(date);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("trial.fact.delete"));
        delete.setTooltipText(getTranslation("trial.fact.delete"));
        item.addValueChangeListener(e -> showValueFields());
        // Enter in the last cells adds the next row, as in a spreadsheet
        count.addKeyDownListener(Key.ENTER, e -> onEnter.run());
        Shortcuts.addShortcutListener(date, onEnter::run, Key.ENTER).listenOn(date);
        add(member, item, option, value, count, date, delete);
    }

    /** The choices of the current draft and members; values that still exist stay selected. */
    void offer(SchemeVersion draft, List<TrialMember> members) {
        this.scheme = draft;
        Map<String, String> names = members.stream()
                .collect(Collectors.toMap(TrialMember::id, TrialMember::name, (a, b) -> a));
        keep(member, members.stream().map(TrialMember::id).toList(), id -> names.getOrDefault(id, id));
        Map<String, String> items = draft.items().stream()
                .collect(Collectors.toMap(Item::id, i -> i.name() == null ? i.id() : i.name(),
                        (a, b) -> a));
        keep(item, draft.items().stream().map(Item::id).toList(), id -> items.getOrDefault(id, id));
        showValueFields();
    }

    private static void keep(ComboBox<String> box, List<String> ids, Function<String, String> label) {
        String current = box.getValue();
        box.setItemLabelGenerator(label::apply);
        box.setItems(ids);
        box.setValue(current != null && ids.contains(current) ? current : null);
    }

    private void showValueFields() {
        ValueRule rule = scheme == null || item.getValue() == null ? null : scheme.items().stream()
                .filter(i -> i.id().equals(item.getValue())).findFirst().map(Item::value).orElse(null);
        List<ValueOption> options = rule instanceof ValueRule.ByOption o ? o.options() : List.of();
        String chosen = option.getValue();
        option.setItemLabelGenerator(code -> options.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.label() == null ? o.code() : o.label()).orElse(code));
        option.setItems(options.stream().map(ValueOption::code).toList());
        option.setValue(options.stream().anyMatch(o -> o.code().equals(chosen)) ? chosen : null);
        option.setVisible(!options.isEmpty());
        value.setVisible(rule instanceof ValueRule.ReviewerRange || options.stream().anyMatch(o -> !o.isFixed()));
        if (rule instanceof ValueRule.ReviewerRange r) {
            value.setHelperText(getTranslation("trial.fact.range", r.min().toPlainString(), r.max().toPlainString()));
        } else {
            value.setHelperText(null);
        }
    }

    TrialFact fact() {
        return new TrialFact(member.getValue(), item.getValue(), option.isVisible() ? option.getValue() : null,
                value.isVisible() ? value.getValue() : null,
                Optional.ofNullable(count.getValue()).orElse(1), date.getValue());
    }

    void show(TrialFact f) {
        member.setValue(f.memberId());
        item.setValue(f.itemId());
        showValueFields();
        option.setValue(f.option());
        value.setValue(f.value());
        count.setValue(f.count());
        date.setValue(f.date());
    }
}
