package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The common machinery of the designer's scheme-wide forms: a field is bound to a validation path, a reader and a
 * writer of the draft. {@link #show} sets the fields without reporting edits; a change a user makes becomes one
 * {@link DesignerContext#edit} (one undo step). Rows of lists are built again only when the draft's structure (sizes,
 * kinds) changed, so that a field being typed in keeps its focus.
 */
abstract class SectionForm implements DesignerSection {

    protected final DesignerContext context;
    private final String titleKey;
    /** The part an extension inherits from its parent; null for what every version has of its own. */
    private final SchemePart part;
    private final List<String> prefixes;
    protected final VerticalLayout root = new VerticalLayout();
    /** Holds what {@link #build} makes. */
    protected final VerticalLayout body = new VerticalLayout();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** Problems the form itself found in a value it could not send (e.g. a tier scheme without lowest tier). */
    private final Map<String, String> localProblems = new HashMap<>();
    private List<ValidationIssue> issues = List.of();
    private SchemeVersion draft;
    private String structure;
    private boolean showing;
    private boolean locked;

    /** @param prefixes the validation paths this section answers for ({@code $.scheme.tierSchemes}) */
    protected SectionForm(String titleKey, DesignerContext context, SchemePart part, String... prefixes) {
        this.context = context;
        this.titleKey = titleKey;
        this.part = part;
        this.prefixes = List.of(prefixes);
        root.setPadding(false);
        body.setPadding(false);
        root.add(body); // the designer shows the heading (titleKey), e.g. as the summary of a details panel
        root.addClassName("designer-section");
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Component component() {
        return root;
    }

    protected SchemeVersion draft() {
        return draft;
    }

    @Override
    public final void show(SchemeVersion d) {
        SchemeVersion parent = context.parent();
        locked = part != null && d.isExtension() && parent != null && !parent.unlockedParts().contains(part);
        draft = locked ? inherited(d, parent) : d;
        showing = true;
        try {
            String now = locked + "|" + structureOf(draft);
            if (!now.equals(structure)) {
                structure = now;
                refreshers.clear();
                fields.clear();
                body.removeAll();
                if (locked) {
                    body.add(lockNote());
                }
                build(draft);
            }
            localProblems.clear();
            refreshers.forEach(Runnable::run);
            afterShow(draft);
        } finally {
            showing = false;
        }
        mark();
    }

    /**
     * What a branch's extension shows of a part its parent keeps locked: the parent's part where the extension has
     * none of its own. Shown read-only, so nothing of it is ever sent back.
     */
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return d;
    }

    /** Read-only: a published version, a user who may only read, or a part the parent keeps locked. */
    protected boolean readOnly() {
        return context.readOnly() || locked;
    }

    private Component lockNote() {
        var note = new Paragraph(VaadinIcon.LOCK.create(), new Span(" " + t("designer.section.locked")));
        note.addClassName("designer-locked");
        return note;
    }

    /** Whatever decides which rows exist: when it changes the form is built again. */
    protected abstract String structureOf(SchemeVersion d);

    /** Adds the fields of the draft to {@link #body}, binding each with {@link #bind}. */
    protected abstract void build(SchemeVersion d);

    /** Called after the fields show the draft (e.g. to redraw a ruler). */
    protected void afterShow(SchemeVersion d) {
    }

    /**
     * Binds a field: it shows {@code read} of the draft and a change sends {@code write} as one edit.
     *
     * @param path the validation path whose issues the field shows
     */
    protected <V, F extends AbstractField<?, V>> F bind(F field, String path, String key,
            Function<SchemeVersion, V> read, BiFunction<SchemeVersion, V, SchemeVersion> write) {
        display(field, path, key, read);
        field.addValueChangeListener(e -> {
            if (!showing) {
                V v = e.getValue();
                send(path, d -> write.apply(d, v));
            }
        });
        return field;
    }

    /** A field that shows {@code read} of the draft; what a change does is the caller's. */
    protected <V, F extends AbstractField<?, V>> F display(F field, String path, String key,
            Function<SchemeVersion, V> read) {
        describe(field, key);
        field.setReadOnly(readOnly());
        fields.put(path, field);
        refreshers.add(() -> {
            V v = read.apply(draft);
            V shown = v == null ? field.getEmptyValue() : v;
            if (!Objects.equals(field.getValue(), shown)) {
                field.setValue(shown);
            }
        });
        return field;
    }

    /** Label {@code key} and helper text {@code key.help}: every field explains its term with an example. */
    protected void describe(Component field, String key) {
        if (field instanceof HasLabel l) {
            l.setLabel(t(key));
        }
        if (field instanceof HasHelper h) {
            h.setHelperText(t(key + ".help"));
        }
    }

    /** Makes a field that is not bound to one value (a picker) answer for a path. */
    protected void register(String path, Component field) {
        fields.put(path, field);
    }

    protected boolean isShowing() {
        return showing;
    }

    /**
     * Sends one edit unless the form is read-only or the model refuses the value: then the field says so and the
     * draft stays as it is.
     */
    protected void send(String path, UnaryOperator<SchemeVersion> edit) {
        if (readOnly() || showing) {
            return;
        }
        try {
            edit.apply(draft);
        } catch (IllegalArgumentException | NullPointerException refused) {
            problem(path, t("designer.section.refused"));
            return;
        }
        localProblems.remove(path);
        context.edit().accept(edit);
    }

    /** Shows a problem the form found itself at a field, until the next draft is shown. */
    protected void problem(String path, String message) {
        localProblems.put(path, message);
        mark();
    }

    /** A button that changes the draft: absent when the form is read-only. */
    protected Button action(String key, Runnable run) {
        Button b = new Button(t(key), e -> {
            if (!readOnly()) {
                run.run();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setVisible(!readOnly());
        return b;
    }

    @Override
    public void showIssues(List<ValidationIssue> shown) {
        issues = List.copyOf(shown);
        mark();
    }

    private void mark() {
        Map<Component, List<String>> messages = new LinkedHashMap<>();
        var locale = root.getUI().map(ui -> ui.getLocale()).orElse(null);
        for (ValidationIssue issue : issues) {
            Component f = fieldAt(issue.path());
            if (f != null) {
                String text = ValidationMessages.format(issue, locale);
                // a field has one error state: a warning is marked as such so it does not read as a refusal
                messages.computeIfAbsent(f, k -> new ArrayList<>())
                        .add(issue.isError() ? text : t("designer.section.warning", text));
            }
        }
        localProblems.forEach((path, message) -> {
            Component f = fields.get(path);
            if (f != null) {
                messages.computeIfAbsent(f, k -> new ArrayList<>()).add(message);
            }
        });
        for (Component f : fields.values()) {
            if (f instanceof HasValidation v) {
                List<String> m = messages.get(f);
                v.setInvalid(m != null);
                v.setErrorMessage(m == null ? null : String.join(t("designer.section.messageSeparator"), m));
            }
        }
    }

    /** The field at a path, else at the nearest enclosing path that has one ({@code …tiers[1]} → its name). */
    Component fieldAt(String path) {
        String p = path;
        while (p.length() > "$.scheme".length()) {
            Component f = fields.get(p);
            if (f != null) {
                return f;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = p.substring(0, cut);
        }
        return null;
    }

    @Override
    public boolean focus(String path) {
        if (prefixes.stream().noneMatch(path::startsWith)) {
            return false;
        }
        Component f = fieldAt(path);
        if (f instanceof Focusable<?> focusable) {
            f.scrollIntoView();
            focusable.focus();
        }
        return true;
    }

    /** The value a field shows now (for tests and rulers). */
    @SuppressWarnings("unchecked")
    <V> V valueAt(String path) {
        return ((HasValue<?, V>) fields.get(path)).getValue();
    }

    Component field(String path) {
        return fields.get(path);
    }

    /** Every field that answers for a path, in the order shown. */
    Collection<Component> fields() {
        return new LinkedHashSet<>(fields.values()); // a field may answer for two paths
    }

    protected String t(String key, Object... args) {
        return root.getTranslation(key, args);
    }

    /** An enum constant in words: {@code designer.enum.*}, else the validation's or the explanations' wording. */
    protected String label(Enum<?> e) {
        if (e == null) {
            return ""; // a select's empty choice
        }
        String suffix = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        for (String prefix : new String[] {"designer.", "scheme.validation.", "explain."}) {
            String text = t(prefix + suffix);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return e.name();
    }

    /** A choice of enum constants in words. */
    @SafeVarargs
    protected final <E extends Enum<E>> Select<E> enumSelect(E... values) {
        var select = new Select<E>();
        select.setItems(values);
        select.setItemLabelGenerator(this::label);
        return select;
    }

    /** A code picker: known codes in words, any other code may be typed (kept as typed). */
    protected ComboBox<String> codePicker(List<String> known, String labelPrefix) {
        var box = new ComboBox<String>();
        box.setItems(known);
        box.setAllowCustomValue(true);
        box.setItemLabelGenerator(nullSafe(code -> {
            String text = t(labelPrefix + code);
            return text.startsWith("!") ? code : text;
        }));
        box.addCustomValueSetListener(e -> {
            box.setValue(e.getDetail().strip()); // kept as typed: codes outside the list are the scheme's own
        });
        return box;
    }

    /** Selects ask for the label of their empty choice too: that one is blank. */
    protected static <T> ItemLabelGenerator<T> nullSafe(ItemLabelGenerator<T> labels) {
        return item -> item == null ? "" : labels.apply(item);
    }

    /** A fresh id {@code prefix + n} not yet in {@code taken}. */
    protected static String freshId(String prefix, Collection<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** A copy of {@code list} with element {@code i} replaced. */
    protected static <T> List<T> replace(List<T> list, int i, T value) {
        List<T> out = new ArrayList<>(list);
        out.set(i, value);
        return out;
    }

    protected static <T> List<T> without(List<T> list, int i) {
        List<T> out = new ArrayList<>(list);
        out.remove(i);
        return out;
    }

    protected static <T> List<T> with(List<T> list, T value) {
        List<T> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }
}
