package io.jifen.ledger.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The item picker with the fields its value rule asks for: an option list for items valued by option, a points
 * field for a range (or a range option), nothing for a fixed item. The rule is shown under the picker.
 */
class ItemFields extends VerticalLayout {

    final ComboBox<Item> item = new ComboBox<>();
    final Select<ValueOption> option = new Select<>();
    final BigDecimalField value = new BigDecimalField();
    final Span rule = new Span();
    private SchemeVersion scheme;

    ItemFields() {
        setPadding(false);
        setSpacing(false);
        item.setLabel(getTranslation("ledger.field.item"));
        item.setRequiredIndicatorVisible(true);
        item.setWidthFull();
        option.setLabel(getTranslation("ledger.field.option"));
        option.setItemLabelGenerator(o -> o.isFixed() ? getTranslation("ledger.option.fixed", o.label(),
                ItemRules.plain(o.min())) : getTranslation("ledger.option.range", o.label(), ItemRules.plain(o.min()),
                ItemRules.plain(o.max())));
        value.setLabel(getTranslation("ledger.field.value"));
        rule.addClassName("jifen-hint");
        item.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        option.addValueChangeListener(e -> value.setVisible(needsValue(item.getValue(), e.getValue())));
        add(item, rule, option, value);
        showFieldsFor(null);
    }

    /** The items to choose from (already limited to the way in and the member), grouped by category. */
    void setScheme(SchemeVersion scheme, List<Item> items) {
        this.scheme = scheme;
        Item before = item.getValue();
        List<Item> sorted = scheme == null ? List.of() : ItemRules.grouped(scheme, items);
        item.setItems(sorted);
        if (scheme != null) {
            item.setItemLabelGenerator(ItemRules.label(scheme)::apply);
        }
        item.setValue(before != null && sorted.contains(before) ? before : null);
    }

    private void showFieldsFor(Item selected) {
        boolean byOption = selected != null && selected.value() instanceof ValueRule.ByOption;
        option.setVisible(byOption);
        option.setItems(byOption ? ((ValueRule.ByOption) selected.value()).options() : List.of());
        value.clear();
        value.setVisible(needsValue(selected, null));
        rule.setText(selected == null || scheme == null ? ""
                : ItemRules.describe(this, selected, scheme.periodRule().assessedUnit()));
    }

    private static boolean needsValue(Item selected, ValueOption chosen) {
        if (selected == null) {
            return false;
        }
        return selected.value() instanceof ValueRule.ReviewerRange || chosen != null && !chosen.isFixed();
    }

    String itemId() {
        return item.getValue() == null ? null : item.getValue().id();
    }

    String optionCode() {
        return option.isVisible() && option.getValue() != null ? option.getValue().code() : null;
    }

    BigDecimal points() {
        return value.isVisible() ? value.getValue() : null;
    }

    /** Marks the field a refusal names ({@code itemId}, {@code option}, {@code value}); false if none is ours. */
    boolean mark(String field, String message) {
        var target = switch (field) {
            case "itemId" -> item;
            case "option" -> option;
            case "value" -> value;
            default -> null;
        };
        if (target instanceof com.vaadin.flow.component.HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
            return true;
        }
        return false;
    }
}
