package io.jifen.ledger.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.query.MemberChoice;
import io.jifen.scheme.SchemesInForce;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry by hand (录入): a secretary for a member of the branch, a group leader (source GROUP_LEADER) for a member
 * of the group. The items offered are those of the scheme in force for the member's unit on the date that this way
 * in may record. A refusal stays in the dialog, in words, with the fields marked.
 */
class EntryDialog extends Dialog {

    final ComboBox<MemberChoice> member = new ComboBox<>();
    final ItemFields item = new ItemFields();
    final IntegerField count = new IntegerField();
    final DatePicker date = IsoDates.apply(new DatePicker());
    final TextArea basis = new TextArea();
    final Div errors = new Div();
    final Button save = new Button();
    private final transient JifenUser user;
    private final transient EntrySource source;
    private final transient LedgerService ledger;
    private final transient SchemesInForce schemes;
    private final transient Runnable onSaved;

    EntryDialog(JifenUser user, EntrySource source, LedgerService ledger, LedgerQuery query, SchemesInForce schemes,
            LocalDate today, Runnable onSaved) {
        this.user = user;
        this.source = source;
        this.ledger = ledger;
        this.schemes = schemes;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(source == EntrySource.GROUP_LEADER ? "ledger.entry.titleGroup"
                : "ledger.entry.title"));
        setWidth("36rem");
        member.setLabel(getTranslation("ledger.field.member"));
        member.setHelperText(getTranslation("ledger.field.memberHelp"));
        member.setRequiredIndicatorVisible(true);
        member.setItems((com.vaadin.flow.data.provider.Query<MemberChoice, String> q) -> query.members(user, source,
                q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        member.setItemLabelGenerator(m -> m.name() + "（" + m.unitName() + "）");
        count.setLabel(getTranslation("ledger.field.count"));
        count.setMin(1);
        count.setValue(1);
        count.setStepButtonsVisible(true);
        date.setLabel(getTranslation("ledger.field.date"));
        date.setValue(today);
        date.setMax(today);
        basis.setLabel(getTranslation("ledger.field.basis"));
        basis.setMaxLength(500);
        errors.addClassName("jifen-errors");
        member.addValueChangeListener(e -> loadItems());
        date.addValueChangeListener(e -> loadItems());
        FormLayout form = new FormLayout(member, item, count, date, basis);
        form.setColspan(item, 2);
        form.setColspan(basis, 2);
        add(form, errors);
        save.setText(getTranslation("ledger.entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        member.focus();
    }

    private void loadItems() {
        MemberChoice m = member.getValue();
        LocalDate day = date.getValue();
        if (m == null || day == null) {
            item.setScheme(null, List.of());
            return;
        }
        var inForce = schemes.forUnit(m.orgPath(), day);
        item.setScheme(inForce.map(SchemesInForce.InForce::scheme).orElse(null), inForce.map(f -> f.scheme().items()
                .stream().filter(i -> source.allowedBy(i.recordedBy())).toList()).orElse(List.of()));
    }

    void save() {
        errors.removeAll();
        if (member.getValue() == null || item.itemId() == null) {
            errors.add(new Paragraph(getTranslation("ledger.entry.memberAndItemRequired")));
            return;
        }
        EntryDraft draft = new EntryDraft(member.getValue().id(), item.itemId(), item.optionCode(), item.points(),
                count.getValue() == null ? 0 : count.getValue(), date.getValue(), basis.getValue(), null);
        try {
            ledger.record(user, source, List.of(draft));
            ErrorMessages.success(getTranslation("ledger.entry.saved", member.getValue().name()));
            close();
            onSaved.run();
        } catch (InvalidInputException refused) {
            for (InputError e : refused.errors()) {
                String text = InputErrors.text(this, e);
                item.mark(InputErrors.field(e), text);
                errors.add(new Paragraph(text));
            }
        } catch (RuntimeException failed) {
            errors.add(new Paragraph(InputErrors.describe(this, failed)));
        }
    }
}
