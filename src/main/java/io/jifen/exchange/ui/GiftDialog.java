package io.jifen.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.exchange.Gift;
import io.jifen.exchange.GiftCatalogue;
import io.jifen.exchange.GiftDraft;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.ui.ErrorMessages;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One gift edited: every problem is marked at its field; a stale edit is refused with a message to reload. */
class GiftDialog extends Dialog {

    final ComboBox<Organization> unit = new ComboBox<>();
    final TextField name = new TextField();
    final BigDecimalField points = new BigDecimalField();
    final IntegerField stock = new IntegerField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();
    private final transient GiftCatalogue catalogue;
    private final JifenUser user;
    private final Gift gift;
    private final transient Consumer<Gift> saved;

    GiftDialog(GiftCatalogue catalogue, List<Organization> units, JifenUser user, Gift gift, Consumer<Gift> saved) {
        this.catalogue = catalogue;
        this.user = user;
        this.gift = gift;
        this.saved = saved;
        setHeaderTitle(getTranslation(gift == null ? "exchange.gift.add" : "exchange.gift.edit"));
        unit.setLabel(getTranslation("exchange.column.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        name.setLabel(getTranslation("exchange.column.gift"));
        name.setMaxLength(100);
        points.setLabel(getTranslation("exchange.column.points"));
        stock.setLabel(getTranslation("exchange.column.stock"));
        stock.setMin(0);
        stock.setStepButtonsVisible(true);
        from.setLabel(getTranslation("exchange.gift.from"));
        to.setLabel(getTranslation("exchange.gift.to"));
        enabled.setLabel(getTranslation("exchange.gift.enabled"));
        fill(units);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new FormLayout(unit, name, points, stock, from, to, enabled));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        name.focus();
    }

    private void fill(List<Organization> units) {
        if (gift == null) {
            enabled.setValue(true);
            if (!units.isEmpty()) {
                unit.setValue(units.getFirst()); // the top of the managed tree: the gift serves all of it
            }
            return;
        }
        units.stream().filter(u -> u.getId() == gift.organizationId()).findFirst().ifPresent(unit::setValue);
        name.setValue(gift.name());
        points.setValue(gift.points());
        stock.setValue(gift.stock());
        from.setValue(gift.activeFrom());
        to.setValue(gift.activeTo());
        enabled.setValue(gift.enabled());
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("$.organizationId", unit, "$.name", name, "$.points", points,
                "$.stock", stock, "$.activeTo", to);
        fields.values().forEach(f -> f.setInvalid(false));
        GiftDraft draft = new GiftDraft(gift == null ? null : gift.id(), gift == null ? 0 : gift.version(),
                unit.getValue() == null ? null : unit.getValue().getId(), name.getValue(), points.getValue(),
                stock.getValue(), from.getValue(), to.getValue(), enabled.getValue());
        try {
            saved.accept(catalogue.save(user, draft));
            close();
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(err -> {
                HasValidation f = fields.get(err.path());
                if (f != null) {
                    f.setErrorMessage(getTranslation(err.messageKey(), err.arguments().toArray()));
                    f.setInvalid(true);
                }
            });
        } catch (RuntimeException refused) {
            ErrorMessages.show(refused);
        }
    }
}
