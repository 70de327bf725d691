package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Publish ({@code designer.publish}): the effective date and the warnings the admin publishes with, confirmed once. */
class PublishDialog extends Dialog {

    final DatePicker effectiveFrom = new DatePicker();
    final UnorderedList warnings = new UnorderedList();
    final Button confirm = new Button();

    PublishDialog(int number, LocalDate suggested, List<String> warningTexts, Consumer<LocalDate> publish) {
        setHeaderTitle(getTranslation("designer.publish.title", number));
        // typed dates as everywhere else (2026-01-01): the picker's own zh-CN format refused that in the browser
        io.jifen.shared.ui.IsoDates.apply(effectiveFrom);
        effectiveFrom.setLabel(getTranslation("designer.publish.effectiveFrom"));
        effectiveFrom.setHelperText(getTranslation("designer.publish.effectiveFrom.help"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setManualValidation(true);
        effectiveFrom.setValue(suggested);
        VerticalLayout body = new VerticalLayout(effectiveFrom);
        body.setPadding(false);
        if (warningTexts.isEmpty()) {
            body.add(new Paragraph(getTranslation("designer.publish.noWarnings")));
        } else {
            body.add(new Paragraph(getTranslation("designer.publish.warnings", warningTexts.size())));
            warningTexts.forEach(w -> warnings.add(new ListItem(w)));
            body.add(warnings);
        }
        body.add(new Paragraph(getTranslation("designer.publish.final")));
        add(body);
        confirm.setText(getTranslation("designer.publish.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (effectiveFrom.getValue() == null) {
                effectiveFrom.setErrorMessage(getTranslation("scheme.error.effectiveDateRequired"));
                effectiveFrom.setInvalid(true);
                return;
            }
            close();
            publish.accept(effectiveFrom.getValue());
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
