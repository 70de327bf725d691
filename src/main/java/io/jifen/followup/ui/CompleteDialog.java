package io.jifen.followup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.followup.FollowUpTask;
import io.jifen.shared.ui.IsoDates;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * Records that a task was done: the day and what was done (谈话情况). A refusal stays in the dialog; Ctrl+Enter
 * saves, Escape closes. The action answers null on success, else the message to show.
 */
class CompleteDialog extends Dialog {

    final DatePicker date = IsoDates.apply(new DatePicker());
    final TextArea notes = new TextArea();
    final Button save = new Button();

    CompleteDialog(FollowUpTask task, String actionLabel, LocalDate today,
            BiFunction<LocalDate, String, String> action) {
        setHeaderTitle(getTranslation("followup.complete.title", actionLabel, task.memberName()));
        setWidth("34rem");
        date.setLabel(getTranslation("followup.complete.date"));
        date.setValue(today);
        date.setMax(today);
        date.setRequiredIndicatorVisible(true);
        notes.setLabel(getTranslation("followup.complete.notes"));
        notes.setRequiredIndicatorVisible(true);
        notes.setMaxLength(1000);
        notes.setWidthFull();
        save.setText(getTranslation("followup.complete.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(e -> {
            String problem = action.apply(date.getValue(), notes.getValue());
            if (problem == null) {
                close();
            } else {
                notes.setErrorMessage(problem);
                notes.setInvalid(true);
                notes.focus();
            }
        });
        add(new Paragraph(task.reasonZh() == null ? "" : task.reason(getLocale())), date, notes);
        getFooter().add(new Button(getTranslation("followup.complete.cancel"), e -> close()), save);
        notes.focus();
    }
}
