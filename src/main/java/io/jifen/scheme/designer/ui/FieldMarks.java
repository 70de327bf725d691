package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one form by the path they edit, relative to the node ({@code .cap.max}). Marks a field with the
 * message of an issue at its path or below it (an error as invalid, a warning in its helper line, so it shows but
 * does not read as wrong), and focuses the field of a path.
 */
final class FieldMarks {

    /** One message for a place in the form. */
    record Mark(String path, String message, boolean error) {
    }

    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<Component, String> helpers = new HashMap<>();

    /** Registers a field; the component keeps its own validity only as we set it. */
    <C extends Component> C add(String path, C field) {
        fields.put(path, field);
        if (field instanceof HasHelper h) {
            helpers.put(field, h.getHelperText());
        }
        manual(field);
        return field;
    }

    void remove(String pathPrefix) {
        fields.keySet().removeIf(p -> p.startsWith(pathPrefix));
    }

    private static void manual(Component c) {
        switch (c) {
            case TextField f -> f.setManualValidation(true);
            case BigDecimalField f -> f.setManualValidation(true);
            case AbstractNumberField<?, ?> f -> f.setManualValidation(true);
            case Checkbox f -> f.setManualValidation(true);
            case CheckboxGroup<?> f -> f.setManualValidation(true);
            case Select<?> f -> f.setManualValidation(true);
            case RadioButtonGroup<?> f -> f.setManualValidation(true);
            default -> { }
        }
    }

    /** The field a path belongs to: the registered path that is the longest prefix of it; else the fallback. */
    Component fieldOf(String path, String fallback) {
        Component best = null;
        int length = -1;
        for (var e : fields.entrySet()) {
            String p = e.getKey();
            boolean prefix = path.equals(p) || (path.startsWith(p)
                    && (path.charAt(p.length()) == '.' || path.charAt(p.length()) == '['));
            if (prefix && p.length() > length) {
                best = e.getValue();
                length = p.length();
            }
        }
        return best != null ? best : fields.get(fallback);
    }

    /** Clears every mark, then marks the fields the issues point at (errors win over warnings at one field). */
    void show(List<Mark> marks, String fallback) {
        fields.values().forEach(this::clear);
        Map<Component, Mark> shown = new HashMap<>();
        for (Mark m : marks) {
            Component field = fieldOf(m.path(), fallback);
            Mark before = field == null ? null : shown.get(field);
            if (field != null && (before == null || (!before.error() && m.error()))) {
                shown.put(field, m);
            }
        }
        shown.forEach(this::mark);
    }

    private void clear(Component field) {
        if (field instanceof HasValidationProperties v) {
            v.setInvalid(false);
            v.setErrorMessage(null);
        }
        if (field instanceof HasHelper h) {
            h.setHelperText(helpers.get(field));
        }
        field.removeClassName("jifen-warning");
    }

    private void mark(Component field, Mark m) {
        if (m.error() && field instanceof HasValidationProperties v) {
            v.setErrorMessage(m.message());
            v.setInvalid(true);
        } else if (field instanceof HasHelper h) {
            h.setHelperText("⚠ " + m.message());
            field.addClassName("jifen-warning");
        }
    }

    /** @return whether a field took the focus */
    boolean focus(String path, String fallback) {
        Component field = fieldOf(path, fallback);
        if (field instanceof Focusable<?> f) {
            f.focus();
            return true;
        }
        return false;
    }

    /** Makes every field read-only (a published version, a user who may only read). */
    void readOnly(boolean readOnly) {
        fields.values().forEach(f -> {
            if (f instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
                v.setReadOnly(readOnly);
            }
        });
    }
}
