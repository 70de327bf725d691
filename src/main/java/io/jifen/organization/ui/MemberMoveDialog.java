package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.jifen.organization.Organization;
import java.util.List;
import java.util.function.Predicate;

/** Chooses the unit the selected members move to. */
class MemberMoveDialog extends Dialog {

    final ComboBox<Organization> target = new ComboBox<>();

    MemberMoveDialog(int count, List<Organization> units, Predicate<Organization> move) {
        setHeaderTitle(getTranslation("member.moveTitle", count));
        target.setLabel(getTranslation("member.targetUnit"));
        target.setItems(units);
        target.setItemLabelGenerator(Organization::getName);
        target.setWidthFull();
        Button ok = new Button(getTranslation("member.moveSelected"), e -> {
            if (target.getValue() != null && move.test(target.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(target);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
