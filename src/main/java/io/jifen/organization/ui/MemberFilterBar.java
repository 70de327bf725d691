package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberStatus;
import io.jifen.organization.Organization;
import java.util.List;
import java.util.Optional;

/** Filters of the members grid: unit subtree, status, class and name; every change re-queries at once. */
class MemberFilterBar extends HorizontalLayout {

    final ComboBox<Organization> unit = new ComboBox<>();
    final Select<MemberStatus> status = new Select<>();
    final Select<MemberClass> memberClass = new Select<>();
    final TextField name = new TextField();
    final Checkbox archived = new Checkbox();

    MemberFilterBar(List<Organization> tree, List<MemberClass> classes, Runnable onChange) {
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        unit.setPlaceholder(getTranslation("filter.unit"));
        unit.setItems(tree);
        unit.setItemLabelGenerator(o -> "　".repeat(Math.max(0, o.depth() - tree.get(0).depth())) + o.getName());
        unit.setClearButtonVisible(true);
        unit.setAriaLabel(getTranslation("filter.unit"));
        status.setPlaceholder(getTranslation("filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.allStatuses") : getTranslation(s.messageKey()));
        status.setAriaLabel(getTranslation("filter.status"));
        memberClass.setPlaceholder(getTranslation("filter.memberClass"));
        memberClass.setEmptySelectionAllowed(true);
        memberClass.setEmptySelectionCaption(getTranslation("filter.allClasses"));
        memberClass.setItems(classes);
        memberClass.setItemLabelGenerator(c -> c == null ? getTranslation("filter.allClasses") : c.getName());
        memberClass.setAriaLabel(getTranslation("filter.memberClass"));
        name.setPlaceholder(getTranslation("filter.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setAriaLabel(getTranslation("filter.name"));
        name.setTooltipText(getTranslation("filter.name.hint"));
        Button clear = new Button(getTranslation("filter.clear"), e -> {
            unit.clear();
            status.clear();
            memberClass.clear();
            name.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archived.setLabel(getTranslation("filter.archived"));
        archived.addValueChangeListener(e -> onChange.run());
        unit.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        memberClass.addValueChangeListener(e -> onChange.run());
        name.addValueChangeListener(e -> onChange.run());
        add(unit, status, memberClass, name, archived, clear);
    }

    MemberFilter value() {
        return new MemberFilter(unit.getValue() == null ? null : unit.getValue().getId(), status.getValue(),
                memberClass.getValue() == null ? null : memberClass.getValue().getId(), name.getValue())
                .withArchived(archived.getValue());
    }

    Optional<Organization> selectedUnit() {
        return unit.getOptionalValue();
    }
}
