package io.jifen.organization.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.RequiredMarkers;
import java.util.Arrays;
import java.util.function.Consumer;

/** Adds a unit below {@code parent} or edits one; types offered are those that fit below the parent. */
class OrganizationForm extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<OrganizationType> type = new Select<>();
    final IntegerField sortOrder = new IntegerField();
    final Button save = new Button();
    private final BeanValidationBinder<Organization> binder = new BeanValidationBinder<>(Organization.class);
    /** The last code the service found taken (compared ignoring case, as the database's collation does). */
    private String takenCode;

    OrganizationForm(Organization unit, Organization parent, Consumer<Organization> onSaved,
                     OrganizationService organizations, JifenUser user) {
        boolean creating = unit == null;
        setHeaderTitle(creating ? getTranslation("organization.addTitle", parent.getName())
                : getTranslation("organization.editTitle", unit.getName()));
        code.setLabel(getTranslation("organization.code"));
        name.setLabel(getTranslation("organization.name"));
        type.setLabel(getTranslation("organization.type"));
        sortOrder.setLabel(getTranslation("organization.sortOrder"));
        type.setItems(Arrays.stream(OrganizationType.values())
                .filter(t -> parent == null || t.mayBeChildOf(parent.getType())).toList());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        RequiredMarkers.configure(binder);
        // a code the service refused is shown on the field itself, until the user types another one
        binder.forField(code).withValidator(c -> c == null || !c.strip().equalsIgnoreCase(takenCode),
                context -> getTranslation("organization.error.codeTaken", code.getValue())).bind("code");
        binder.bindInstanceFields(this);
        Organization bean = creating ? new Organization("", "", defaultType(parent)) : unit;
        if (creating) {
            bean.setSortOrder(organizations.nextSortOrder(user, parent.getId()));
        }
        binder.readBean(bean);
        name.focus();

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                binder.writeBean(bean);
                Organization saved = creating ? organizations.create(user, parent.getId(), bean)
                        : organizations.update(user, bean);
                close();
                ErrorMessages.success(getTranslation(creating ? "organization.created" : "organization.saved",
                        saved.getName()));
                onSaved.accept(saved);
            } catch (ValidationException invalid) {
                // the binder already marks the fields in error
            } catch (UserFacingException refused) {
                if (refused.messageKey().equals("organization.error.codeTaken")) {
                    takenCode = code.getValue().strip();
                    binder.validate();
                    code.focus();
                } else {
                    ErrorMessages.show(refused);
                }
            } catch (RuntimeException failure) {
                ErrorMessages.show(failure);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new FormLayout(name, code, type, sortOrder));
        getFooter().add(cancel, save);
    }

    private static OrganizationType defaultType(Organization parent) {
        return Arrays.stream(OrganizationType.values()).filter(t -> t.mayBeChildOf(parent.getType()))
                .filter(t -> t != OrganizationType.PARTY_COMMITTEE).findFirst().orElse(OrganizationType.GROUP);
    }
}
