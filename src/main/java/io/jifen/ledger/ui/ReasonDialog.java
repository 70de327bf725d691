package io.jifen.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;

/**
 * Asks the reason of an action that needs one (冲正, reopening a period) and runs it; a refusal stays in the dialog
 * under the field. The action answers null on success, else the message to show.
 */
public class ReasonDialog extends Dialog {

    public final TextArea reason = new TextArea();
    public final Button confirm = new Button();

    public ReasonDialog(String title, String explanation, String confirmText, Function<String, String> action) {
        setHeaderTitle(title);
        setWidth("32rem");
        reason.setLabel(getTranslation("ledger.field.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            String problem = reason.getValue().isBlank() ? getTranslation("ledger.corrections.reasonRequired")
                    : action.apply(reason.getValue());
            if (problem == null) {
                close();
            } else {
                reason.setErrorMessage(problem);
                reason.setInvalid(true);
                reason.focus();
            }
        });
        add(new Paragraph(explanation), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        reason.focus();
    }
}
