package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scoring.model.ValueOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The options of a "by option" value (S10 奖励: 内部刊物 2, 外部刊物 5 …) as an editable grid: one row per option with
 * code, label, lowest and highest value; a row is added or removed as one edit.
 */
class OptionsEditor extends VerticalLayout {

    /** Sends one change of the options (the form turns it into an edit of the draft). */
    interface Change {
        void apply(String path, Component field, Consumer<ItemFields> change);
    }

    /** One row's fields, in the order shown. */
    record Row(TextField code, TextField label, BigDecimalField min, BigDecimalField max, Button remove) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button(getTranslation("designer.option.add"), VaadinIcon.PLUS.create());
    private final VerticalLayout body = new VerticalLayout();
    private final FieldMarks marks;
    private final Change change;
    private boolean readOnly;
    /** True while the rows are filled from the draft: their value changes are not edits. */
    private boolean showing;

    OptionsEditor(FieldMarks marks, Change change) {
        this.marks = marks;
        this.change = change;
        setPadding(false);
        setSpacing(false);
        body.setPadding(false);
        body.setSpacing(false);
        Span title = new Span(getTranslation("designer.option.title"));
        Span help = new Span(getTranslation("designer.option.help"));
        help.addClassName("jifen-helper");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> change.apply(".value.options", add, f -> {
            List<ValueOption> options = new ArrayList<>(f.options());
            options.add(new ValueOption(freshCode(options), "", BigDecimal.ONE, BigDecimal.ONE));
            f.options(options);
        }));
        add(title, help, body, add);
    }

    private static String freshCode(List<ValueOption> options) {
        for (int n = options.size() + 1; ; n++) {
            String code = "O" + n;
            if (options.stream().noneMatch(o -> o.code().equals(code))) {
                return code;
            }
        }
    }

    /** Shows the options; rows are rebuilt only when their number changes, so a field being typed in stays. */
    void show(List<ValueOption> options) {
        showing = true;
        try {
            fill(options);
        } finally {
            showing = false;
        }
    }

    private void fill(List<ValueOption> options) {
        if (rows.size() != options.size()) {
            rebuild(options.size());
        }
        for (int k = 0; k < options.size(); k++) {
            ValueOption o = options.get(k);
            Row r = rows.get(k);
            NodeForm.set(r.code(), o.code());
            NodeForm.set(r.label(), o.label() == null ? "" : o.label());
            NodeForm.set(r.min(), o.min());
            NodeForm.set(r.max(), o.max());
        }
    }

    private void rebuild(int count) {
        body.removeAll();
        rows.clear();
        marks.remove(".value.options[");
        for (int k = 0; k < count; k++) {
            rows.add(row(k));
        }
        setReadOnly(readOnly);
    }

    private Row row(int k) {
        String at = ".value.options[" + k + "]";
        TextField code = marks.add(at + ".code", new TextField());
        TextField label = marks.add(at + ".label", new TextField());
        BigDecimalField min = marks.add(at + ".min", new BigDecimalField());
        BigDecimalField max = marks.add(at + ".max", new BigDecimalField());
        code.setPlaceholder(getTranslation("designer.option.code"));
        code.setWidth("6em");
        label.setPlaceholder(getTranslation("designer.option.label"));
        min.setPlaceholder(getTranslation("designer.option.min"));
        max.setPlaceholder(getTranslation("designer.option.max"));
        List.of(code, label).forEach(f -> f.setAriaLabel(f.getPlaceholder()));
        List.of(min, max).forEach(f -> { f.setWidth("6em"); f.setAriaLabel(f.getPlaceholder()); });
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setAriaLabel(getTranslation("designer.option.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        code.addValueChangeListener(e -> edit(!showing, at, code, k, o ->
                new ValueOption(e.getValue(), o.label(), o.min(), o.max())));
        label.addValueChangeListener(e -> edit(!showing, at, label, k, o ->
                new ValueOption(o.code(), e.getValue(), o.min(), o.max())));
        min.addValueChangeListener(e -> edit(!showing, at, min, k, o ->
                new ValueOption(o.code(), o.label(), e.getValue(), o.max())));
        max.addValueChangeListener(e -> edit(!showing, at, max, k, o ->
                new ValueOption(o.code(), o.label(), o.min(), e.getValue())));
        remove.addClickListener(e -> change.apply(".value.options", remove, f -> {
            List<ValueOption> options = new ArrayList<>(f.options());
            options.remove(k);
            f.options(options);
        }));
        HorizontalLayout line = new HorizontalLayout(code, label, min, max, remove);
        line.setAlignItems(Alignment.BASELINE);
        body.add(line);
        return new Row(code, label, min, max, remove);
    }

    private void edit(boolean byUser, String at, Component field, int k,
                      java.util.function.UnaryOperator<ValueOption> changed) {
        if (!byUser) {
            return;
        }
        change.apply(at, field, f -> {
            List<ValueOption> options = new ArrayList<>(f.options());
            options.set(k, changed.apply(options.get(k)));
            f.options(options);
        });
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.forEach(r -> {
            r.code().setReadOnly(readOnly);
            r.label().setReadOnly(readOnly);
            r.min().setReadOnly(readOnly);
            r.max().setReadOnly(readOnly);
            r.remove().setVisible(!readOnly);
        });
    }
}
