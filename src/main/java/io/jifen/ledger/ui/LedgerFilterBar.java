package io.jifen.ledger.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.query.LedgerFilter;
import io.jifen.organization.Organization;
import io.jifen.scoring.model.Item;
import io.jifen.shared.ui.IsoDates;
import java.util.List;

/** The ledger grid's filters: unit subtree, period (from / to), item, status, way in, member name or pinyin. */
class LedgerFilterBar extends HorizontalLayout {

    final ComboBox<Organization> unit = new ComboBox<>();
    final DatePicker from = IsoDates.apply(new DatePicker());
    final DatePicker to = IsoDates.apply(new DatePicker());
    final ComboBox<Item> item = new ComboBox<>();
    final Select<EntryStatus> status = new Select<>();
    final Select<EntrySource> source = new Select<>();
    final TextField name = new TextField();

    LedgerFilterBar(List<Organization> units, List<Item> items, Runnable onChange) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        unit.setLabel(getTranslation("ledger.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        unit.setClearButtonVisible(true);
        from.setLabel(getTranslation("ledger.filter.from"));
        to.setLabel(getTranslation("ledger.filter.to"));
        item.setLabel(getTranslation("ledger.field.item"));
        item.setItems(items);
        item.setItemLabelGenerator(Item::name);
        item.setClearButtonVisible(true);
        status.setLabel(getTranslation("ledger.column.status"));
        status.setItems(EntryStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("ledger.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("ledger.filter.all")
                : getTranslation("ledger.status." + s.name()));
        source.setLabel(getTranslation("ledger.column.source"));
        source.setItems(EntrySource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("ledger.filter.all"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("ledger.filter.all")
                : getTranslation("ledger.source." + s.name()));
        name.setLabel(getTranslation("ledger.filter.name"));
        name.setPlaceholder(getTranslation("ledger.filter.namePlaceholder"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        add(unit, from, to, item, status, source, name);
        unit.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        item.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        source.addValueChangeListener(e -> onChange.run());
        name.addValueChangeListener(e -> onChange.run());
    }

    LedgerFilter filter() {
        return new LedgerFilter(unit.getValue() == null ? null : unit.getValue().getPath(), from.getValue(),
                to.getValue(), item.getValue() == null ? null : item.getValue().id(), status.getValue(),
                source.getValue(), name.getValue().isBlank() ? null : name.getValue());
    }
}
