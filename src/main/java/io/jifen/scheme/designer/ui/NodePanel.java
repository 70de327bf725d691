package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.jifen.scheme.extension.ui.BudgetBar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The form of the selected tree node (category or item), or a hint when nothing is selected. On a branch's
 * extension the parent's nodes are shown read-only (with "override" where the parent allows it), and above the form
 * the budget bar of the open category the node spends from.
 */
class NodePanel extends Div {

    final CategoryForm categoryForm;
    final ItemForm itemForm;
    /** The budget of the open category around the node (extension only); empty otherwise. */
    final Div budget = new Div();
    final Button override = new Button(getTranslation("designer.extension.override"), VaadinIcon.EDIT.create());
    final Paragraph parentsNode = new Paragraph();
    private final Paragraph nothingSelected = new Paragraph();
    private final Div body = new Div();
    private final Consumer<UnaryOperator<SchemeVersion>> edit;
    private ExtensionMode mode = new ExtensionMode(null);
    private NodeRef node;

    NodePanel(Consumer<UnaryOperator<SchemeVersion>> edit) {
        this.edit = edit;
        categoryForm = new CategoryForm(edit);
        itemForm = new ItemForm(edit);
        override.addThemeVariants(ButtonVariant.LUMO_SMALL);
        override.addClickListener(e -> {
            NodeRef at = node;
            edit.accept(v -> mode.override(v, at));
        });
        parentsNode.addClassName("jifen-parents-node");
        body.setWidthFull();
        add(budget, parentsNode, override, body);
        setWidthFull();
    }

    void mode(ExtensionMode mode) {
        this.mode = mode;
    }

    private NodeForm<?, ?> formOf(NodeRef node) {
        return node == null ? null : node.isCategory() ? categoryForm : itemForm;
    }

    /** Shows the node; the form stays attached while it is the same, so the field being typed in keeps focus. */
    void show(SchemeVersion version, NodeRef node, boolean readOnly, List<ValidationIssue> found) {
        this.node = node;
        NodeForm<?, ?> form = version == null ? null : formOf(node);
        Component wanted = form == null ? nothingSelected : form;
        if (body.getChildren().noneMatch(c -> c == wanted)) {
            body.removeAll();
            body.add(wanted);
        }
        nothingSelected.setText(getTranslation(readOnly ? "designer.nothingSelected.readOnly"
                : "designer.nothingSelected"));
        boolean parents = form != null && mode.parents(node);
        parentsNode.setText(getTranslation(mode.overridable(node) ? "designer.extension.parentsNode.open"
                : "designer.extension.parentsNode.locked"));
        parentsNode.setVisible(parents);
        override.setVisible(parents && !readOnly && mode.overridable(node));
        showBudget(form == null ? null : node);
        if (form != null) {
            form.setReadOnly(readOnly || parents);
            form.show(mode.shown(version), node.id());
            mark(version, node, found);
        }
    }

    private void showBudget(NodeRef at) {
        budget.removeAll();
        mode.budgetAround(at).ifPresent(b -> budget.add(new BudgetBar(b)));
        budget.setVisible(budget.getChildren().findAny().isPresent());
    }

    /** The budget bar shown now, if any. */
    BudgetBar budgetBar() {
        return budget.getChildren().filter(BudgetBar.class::isInstance).map(BudgetBar.class::cast).findFirst()
                .orElse(null);
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
