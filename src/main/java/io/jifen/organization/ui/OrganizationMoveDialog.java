package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.jifen.organization.Organization;
import java.util.List;
import java.util.function.Predicate;

/** Picks the new parent of a unit; its own subtree and units its type cannot sit under are not offered. */
class OrganizationMoveDialog extends Dialog {

    final ComboBox<Organization> target = new ComboBox<>();
    final Button ok = new Button();

    OrganizationMoveDialog(Organization unit, List<Organization> tree, Predicate<Organization> move) {
        setHeaderTitle(getTranslation("organization.moveTitle", unit.getName()));
        target.setLabel(getTranslation("organization.newParent"));
        target.setItems(tree.stream()
                .filter(o -> !o.isWithin(unit) && o.isActive() && unit.getType().mayBeChildOf(o.getType()))
                .toList());
        target.setItemLabelGenerator(o -> "　".repeat(Math.max(0, o.depth())) + o.getName());
        target.setWidthFull();
        ok.setText(getTranslation("organization.move"));
        ok.addClickListener(e -> {
            if (target.getValue() != null && move.test(target.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(target);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
