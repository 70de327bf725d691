package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.extension.ExtensionView;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.Optional;

/**
 * What the designer may do on a branch's extension (issue 8 point 7), for the tree, its commands and the node form.
 * The tree shows the effective scheme (parent merged with the draft); the parent's nodes are read-only, new nodes
 * go only into categories the parent opened (or the branch's own categories below them), and only the branch's own
 * nodes can be moved, duplicated or deleted. Without a parent everything is the draft's and allowed.
 */
final class ExtensionMode {

    private final SchemeVersion parent;
    private SchemeVersion draft;
    private ExtensionView view;

    ExtensionMode(SchemeVersion parent) {
        this.parent = parent;
    }

    boolean active() {
        return parent != null;
    }

    /** Follows the draft: the tree and forms show {@link #shown()} of it. */
    void update(SchemeVersion current) {
        if (active() && current != draft) {
            draft = current;
            view = ExtensionView.of(current, parent);
        } else {
            draft = current;
        }
    }

    /** The version the tree and forms show: the effective scheme of an extension, else the draft itself. */
    SchemeVersion shown() {
        return active() ? view.effective() : draft;
    }

    SchemeVersion shown(SchemeVersion current) {
        update(current);
        return shown();
    }

    /** The node is the parent's and not (yet) the branch's own version of it: shown read-only. */
    boolean parents(NodeRef node) {
        return active() && node != null && !inDraft(node);
    }

    /** The parent's node, not locked there: the branch may take it over into its extension and change it. */
    boolean overridable(NodeRef node) {
        return parents(node) && view.access(node.id()) == ExtensionView.Access.INHERITED;
    }

    /** Moving and duplicating: only the branch's own additions. */
    boolean changeable(NodeRef node) {
        return node != null && (!active() || view.access(node.id()) == ExtensionView.Access.OWN);
    }

    /** Deleting: the branch's own additions, and its overrides (deleting one brings back the parent's node). */
    boolean deletable(NodeRef node) {
        return changeable(node) || (active() && node != null && inDraft(node));
    }

    /** New items and sub-categories may go into this category. */
    boolean mayAddInside(String categoryId) {
        if (!active()) {
            return true;
        }
        if (categoryId == null) {
            return false; // a new top category would change the parent's 100-point total
        }
        return view.open(categoryId) || view.access(categoryId) == ExtensionView.Access.OWN;
    }

    /** A new node may go beside this one (null: nothing selected, a new top category). */
    boolean mayAddBeside(NodeRef node) {
        if (!active()) {
            return true;
        }
        if (node == null) {
            return false;
        }
        SchemeVersion v = shown();
        if (node.isCategory()) {
            return category(v, node.id()).map(c -> mayAddInside(c.parentId())).orElse(false);
        }
        return item(v, node.id()).map(i -> mayAddInside(i.categoryId())).orElse(false);
    }

    /** The lock mark: the parent's node, which the branch only reads. */
    boolean lockMark(NodeRef node) {
        return parents(node);
    }

    /** The budget the parent grants this open category, with what the branch uses of it. */
    Optional<ExtensionView.Budget> budget(NodeRef node) {
        return active() && node != null && node.isCategory() ? view.budget(node.id()) : Optional.empty();
    }

    /** The budget a node spends from: its own category's, or the nearest open category's above it. */
    Optional<ExtensionView.Budget> budgetAround(NodeRef node) {
        if (!active() || node == null) {
            return Optional.empty();
        }
        SchemeVersion v = shown();
        String categoryId = node.isCategory() ? node.id() : item(v, node.id()).map(Item::categoryId).orElse(null);
        for (int depth = 0; categoryId != null && depth < 100; depth++) {
            Optional<ExtensionView.Budget> b = view.budget(categoryId);
            if (b.isPresent()) {
                return b;
            }
            categoryId = category(v, categoryId).map(Category::parentId).orElse(null);
        }
        return Optional.empty();
    }

    /** The parent's record of a node, to copy into the extension as the branch's override. */
    SchemeVersion override(SchemeVersion current, NodeRef node) {
        if (node.isCategory()) {
            Optional<Category> c = category(parent, node.id());
            if (c.isEmpty() || category(current, node.id()).isPresent()) {
                return current;
            }
            var list = new java.util.ArrayList<>(current.categories());
            list.add(c.get());
            return io.jifen.scheme.designer.Versions.withCategories(current, list);
        }
        Optional<Item> i = item(parent, node.id());
        if (i.isEmpty() || item(current, node.id()).isPresent()) {
            return current;
        }
        var list = new java.util.ArrayList<>(current.items());
        list.add(i.get());
        return io.jifen.scheme.designer.Versions.withItems(current, list);
    }

    private boolean inDraft(NodeRef node) {
        return node.isCategory() ? category(draft, node.id()).isPresent() : item(draft, node.id()).isPresent();
    }

    private static Optional<Category> category(SchemeVersion v, String id) {
        return v.categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<Item> item(SchemeVersion v, String id) {
        return v.items().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
