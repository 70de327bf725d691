package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/**
 * Asks why a member leaves the roster (archive) or is removed as a mistake (delete). The reason is required and
 * goes into the audit trail; the dialog closes only when the action succeeded.
 */
class MemberReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    MemberReasonDialog(String title, String explanation, String confirmText, boolean destructive,
            Predicate<String> action) {
        setHeaderTitle(title);
        setWidth("32rem");
        reason.setLabel(getTranslation("member.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(200);
        reason.setWidthFull();
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("member.error.reasonRequired"));
                reason.setInvalid(true);
                reason.focus();
            } else if (action.test(reason.getValue())) {
                close();
            }
        });
        add(new Paragraph(explanation), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        reason.focus();
    }
}
