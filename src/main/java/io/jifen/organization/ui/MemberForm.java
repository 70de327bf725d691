package io.jifen.organization.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberStatus;
import io.jifen.organization.Organization;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import io.jifen.shared.ui.RequiredMarkers;
import java.util.List;

/**
 * The side form of the members grid. It validates with the entity's bean-validation rules and fires a typed
 * {@link SaveEvent}; saving is the view's job (it knows the acting user and the service).
 */
class MemberForm extends VerticalLayout {

    final TextField name = new TextField();
    final Select<Gender> gender = new Select<>();
    final DatePicker birthDate = new DatePicker();
    final DatePicker joinDate = new DatePicker();
    final Select<MemberStatus> status = new Select<>();
    final ComboBox<MemberClass> memberClass = new ComboBox<>();
    final ComboBox<Organization> organization = new ComboBox<>();
    final TextField phone = new TextField();
    final Checkbox mobile = new Checkbox();
    final Checkbox exempt = new Checkbox();
    final TextField exemptReason = new TextField();
    final TextField ssoUsername = new TextField();
    final DatePicker transferInDate = new DatePicker();
    final DatePicker transferOutDate = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();
    /** Archive or restore and the mistake-delete; the view decides when they are offered and runs them. */
    final Button archive = new Button();
    final Button delete = new Button(getTranslation("action.delete"));
    private final H3 title = new H3();
    private final BeanValidationBinder<Member> binder = new BeanValidationBinder<>(Member.class);
    private Member member;

    MemberForm(List<MemberClass> classes, List<Organization> units) {
        addClassName("jifen-form");
        setPadding(false);
        label();
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        memberClass.setItems(classes);
        memberClass.setItemLabelGenerator(MemberClass::getName);
        memberClass.setClearButtonVisible(true);
        organization.setItems(units);
        organization.setItemLabelGenerator(Organization::getName);
        exemptReason.setEnabled(false);
        exempt.addValueChangeListener(e -> exemptReason.setEnabled(e.getValue()));
        List.of(birthDate, joinDate, transferInDate, transferOutDate).forEach(IsoDates::apply);
        RequiredMarkers.configure(binder);
        binder.forField(organization).asRequired(getTranslation("validation.required"))
                .bind(Member::getOrganization, Member::setOrganization);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        FormLayout fields = new FormLayout(name, gender, status, memberClass, organization, birthDate, joinDate, phone,
                ssoUsername, mobile, exempt, exemptReason, transferInDate, transferOutDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2));
        fields.setColspan(exemptReason, 2);
        // the buttons stay at the bottom of the visible form however long the fields and their errors grow
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, archive, delete);
        buttons.addClassName("form-buttons");
        add(title, fields, buttons);
    }

    private void label() {
        name.setLabel(getTranslation("member.name"));
        gender.setLabel(getTranslation("member.gender"));
        birthDate.setLabel(getTranslation("member.birthDate"));
        joinDate.setLabel(getTranslation("member.joinDate"));
        status.setLabel(getTranslation("member.status"));
        memberClass.setLabel(getTranslation("member.memberClass"));
        organization.setLabel(getTranslation("member.organization"));
        phone.setLabel(getTranslation("member.phone"));
        mobile.setLabel(getTranslation("member.mobile"));
        exempt.setLabel(getTranslation("member.exempt"));
        exemptReason.setLabel(getTranslation("member.exemptReason"));
        ssoUsername.setLabel(getTranslation("member.ssoUsername"));
        transferInDate.setLabel(getTranslation("member.transferInDate"));
        transferOutDate.setLabel(getTranslation("member.transferOutDate"));
    }

    /** The service refused the login name (linked to another member of this tenant): said on the field itself. */
    void refuseLoginName(String message) {
        ssoUsername.setErrorMessage(message);
        ssoUsername.setInvalid(true);
        ssoUsername.focus();
    }

    void edit(Member member) {
        this.member = member;
        title.setText(member.isNew() ? getTranslation("member.newTitle") : member.getName());
        binder.readBean(member);
        name.focus();
    }

    Member member() {
        return member;
    }

    /** Saving never fails silently: every refusal names what to fix, and the first field in error gets focus. */
    private void validateAndSave() {
        try {
            binder.writeBean(member);
            fireEvent(new SaveEvent(this, member));
        } catch (ValidationException invalid) {
            List<String> problems = new java.util.ArrayList<>();
            invalid.getBeanValidationErrors().forEach(error -> problems.add(error.getErrorMessage()));
            if (!invalid.getFieldValidationErrors().isEmpty()) {
                problems.add(getTranslation("form.fixFields", invalid.getFieldValidationErrors().size()));
            }
            ErrorMessages.refused(String.join("；", problems));
            invalid.getFieldValidationErrors().stream().findFirst()
                    .map(error -> error.getField())
                    .filter(field -> field instanceof com.vaadin.flow.component.Focusable<?>)
                    .ifPresent(field -> ((com.vaadin.flow.component.Focusable<?>) field).focus());
        }
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(com.vaadin.flow.component.ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<MemberForm> {
        private final Member member;

        SaveEvent(MemberForm source, Member member) {
            super(source, false);
            this.member = member;
        }

        Member member() {
            return member;
        }
    }

    static final class CloseEvent extends ComponentEvent<MemberForm> {
        CloseEvent(MemberForm source) {
            super(source, false);
        }
    }
}
