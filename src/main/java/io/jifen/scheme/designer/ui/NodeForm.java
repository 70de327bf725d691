package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.DesignerContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The form of one tree node. Every field change becomes one edit of the draft ({@link DesignerContext#edit}),
 * applied to the node as it is in the draft at that moment, so undo / redo and the other forms stay consistent.
 * A value the model itself refuses (a cap whose minimum is above its maximum) is marked at its field and not sent.
 *
 * @param <R> the record (category or item)
 * @param <F> its mutable field set
 */
abstract class NodeForm<R, F> extends FormLayout {

    protected final FieldMarks marks = new FieldMarks();
    private final Consumer<UnaryOperator<SchemeVersion>> edit;
    private final Kind<R, F> kind;
    private String id;
    private R shown;
    private boolean showing;

    /**
     * What a form needs to know of its kind of node.
     *
     * @param list     the version's records of this kind
     * @param withList the version with that list replaced
     * @param fieldsOf a record's editable values
     * @param build    the record of edited values (may refuse them: {@link IllegalArgumentException})
     */
    record Kind<R, F>(Function<SchemeVersion, List<R>> list, Function<R, String> idOf,
                      BiFunction<SchemeVersion, List<R>, SchemeVersion> withList, Function<R, F> fieldsOf,
                      Function<F, R> build) {
    }

    NodeForm(Consumer<UnaryOperator<SchemeVersion>> edit, Kind<R, F> kind) {
        this.edit = edit;
        this.kind = kind;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    private F fieldsOf(R record) {
        return kind.fieldsOf().apply(record);
    }

    private R build(F fields) {
        return kind.build().apply(fields);
    }

    R find(SchemeVersion version, String nodeId) {
        return kind.list().apply(version).stream().filter(r -> kind.idOf().apply(r).equals(nodeId)).findFirst()
                .orElse(null);
    }

    SchemeVersion replace(SchemeVersion version, String nodeId, R record) {
        List<R> records = new java.util.ArrayList<>(kind.list().apply(version));
        records.replaceAll(r -> kind.idOf().apply(r).equals(nodeId) ? record : r);
        return kind.withList().apply(version, records);
    }

    /** Puts the record's values into the fields. */
    abstract void fill(SchemeVersion version, R record);

    String nodeId() {
        return id;
    }

    /** Shows the node as it is in the version; nothing is reported back as an edit. */
    void show(SchemeVersion version, String nodeId) {
        R record = find(version, nodeId);
        this.id = nodeId;
        this.shown = record;
        if (record == null) {
            return;
        }
        showing = true;
        try {
            fill(version, record);
        } finally {
            showing = false;
        }
    }

    /** Sets a field without reporting it, and only when it differs (a field being typed in keeps its caret). */
    static <V> void set(HasValue<?, V> field, V value) {
        if (!Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    /** Wires a field: a change by the user is one edit; {@code path} is where validation reports on it. */
    <V, C extends Component & HasValue<?, V>> C bind(String path, C field, BiConsumer<F, V> setter) {
        marks.add(path, field);
        field.addValueChangeListener(e -> {
            if (!showing) {
                change(path, field, f -> setter.accept(f, e.getValue()));
            }
        });
        return field;
    }

    void change(String path, Component field, Consumer<F> change) {
        if (shown == null) {
            return;
        }
        try {
            F fields = fieldsOf(shown);
            change.accept(fields);
            build(fields);
        } catch (IllegalArgumentException | NullPointerException refused) {
            if (field instanceof HasValidationProperties v) {
                v.setErrorMessage(getTranslation("designer.error.refusedValue"));
                v.setInvalid(true);
            }
            return;
        }
        String nodeId = id;
        edit.accept(version -> {
            R current = find(version, nodeId);
            if (current == null) {
                return version;
            }
            F fields = fieldsOf(current);
            change.accept(fields);
            return replace(version, nodeId, build(fields));
        });
    }

    /** Marks this node's issues ({@code prefix} is the node's path, {@code $.scheme.items[3]}). */
    void showIssues(List<ValidationIssue> issues, String prefix) {
        List<FieldMarks.Mark> mine = issues.stream()
                .filter(i -> prefix != null && (i.path().equals(prefix) || i.path().startsWith(prefix + ".")
                        || i.path().startsWith(prefix + "[")))
                .map(i -> new FieldMarks.Mark(i.path().substring(prefix.length()),
                        ValidationMessages.format(i, getLocale()), i.isError()))
                .toList();
        marks.show(mine, ".name");
    }

    boolean focus(String relativePath) {
        return marks.focus(relativePath, ".name");
    }

    void setReadOnly(boolean readOnly) {
        marks.readOnly(readOnly);
    }
}
