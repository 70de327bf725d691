package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The form of the selected tree node (category or item), or a hint when nothing is selected. */
class NodePanel extends Div {

    final CategoryForm categoryForm;
    final ItemForm itemForm;
    private final Paragraph nothingSelected = new Paragraph();

    NodePanel(Consumer<UnaryOperator<SchemeVersion>> edit) {
        categoryForm = new CategoryForm(edit);
        itemForm = new ItemForm(edit);
        setWidthFull();
    }

    private NodeForm<?, ?> formOf(NodeRef node) {
        return node == null ? null : node.isCategory() ? categoryForm : itemForm;
    }

    /** Shows the node; the form stays attached while it is the same, so the field being typed in keeps focus. */
    void show(SchemeVersion version, NodeRef node, boolean readOnly, List<ValidationIssue> found) {
        NodeForm<?, ?> form = version == null ? null : formOf(node);
        Component wanted = form == null ? nothingSelected : form;
        if (getChildren().noneMatch(c -> c == wanted)) {
            removeAll();
            add(wanted);
        }
        nothingSelected.setText(getTranslation(readOnly ? "designer.nothingSelected.readOnly"
                : "designer.nothingSelected"));
        if (form != null) {
            form.show(version, node.id());
            mark(version, node, found);
        }
    }

    /** Marks the node's fields with the findings that point into it. */
    void mark(SchemeVersion version, NodeRef node, List<ValidationIssue> found) {
        NodeForm<?, ?> form = formOf(node);
        if (form != null && version != null) {
            form.showIssues(found, pathOf(version, node));
        }
    }

    void focus(NodeRef node, String relativePath) {
        NodeForm<?, ?> form = formOf(node);
        if (form != null) {
            form.focus(relativePath);
        }
    }

    void setReadOnly(boolean readOnly) {
        categoryForm.setReadOnly(readOnly);
        itemForm.setReadOnly(readOnly);
    }

    /** The node's place in the document ({@code $.scheme.items[3]}), as the validator names it. */
    static String pathOf(SchemeVersion v, NodeRef node) {
        if (node.isCategory()) {
            for (int i = 0; i < v.categories().size(); i++) {
                if (v.categories().get(i).id().equals(node.id())) {
                    return "$.scheme.categories[" + i + "]";
                }
            }
        } else {
            for (int i = 0; i < v.items().size(); i++) {
                if (v.items().get(i).id().equals(node.id())) {
                    return "$.scheme.items[" + i + "]";
                }
            }
        }
        return null;
    }
}
