package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.designer.TreeEdits;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The tree's commands turned into edits of the draft: each picks fresh ids first (so the edit is a pure function of
 * the version) and selects the node it made.
 */
class TreeCommands implements DesignerTree.Actions {

    private final Supplier<SchemeVersion> current;
    private final Consumer<UnaryOperator<SchemeVersion>> apply;
    private final Consumer<NodeRef> select;
    private final BiFunction<String, Object[], String> translate;
    /** The last delete confirmation, for tests. */
    ConfirmDialog confirmation;
    /** On a branch's extension: where nodes may be added, which may be changed. */
    private ExtensionMode mode = new ExtensionMode(null);

    TreeCommands(Supplier<SchemeVersion> current, Consumer<UnaryOperator<SchemeVersion>> apply,
                 Consumer<NodeRef> select, BiFunction<String, Object[], String> translate) {
        this.current = current;
        this.apply = apply;
        this.select = select;
        this.translate = translate;
    }

    void mode(ExtensionMode mode) {
        this.mode = mode;
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }

    @Override
    public void addSibling(NodeRef at) {
        if (!mode.mayAddBeside(at)) {
            return;
        }
        SchemeVersion v = current.get();
        if (at != null && !at.isCategory()) {
            Item item = item(v, at.id());
            if (item != null) {
                addItem(item.categoryId(), at.id());
            }
            return;
        }
        Category c = at == null ? null : category(v, at.id());
        addCategory(c == null ? null : c.parentId(), c == null ? null : c.id(),
                c == null ? CategoryKind.BONUS : c.kind());
    }

    /** Inside a category: a new item; on an item: a new item after it; nothing selected: a top category. */
    @Override
    public void addChild(NodeRef at) {
        if (at == null) {
            addSibling(null);
        } else if (at.isCategory()) {
            if (mode.mayAddInside(at.id())) {
                addItem(at.id(), null);
            }
        } else {
            addSibling(at);
        }
    }

    void addSubCategory(NodeRef at) {
        Category c = at != null && at.isCategory() ? category(current.get(), at.id()) : null;
        if (c == null) {
            addSibling(at);
        } else if (mode.mayAddInside(c.id())) {
            addCategory(c.id(), null, c.kind());
        }
    }

    private void addCategory(String parentId, String afterId, CategoryKind kind) {
        String id = TreeEdits.freshId(current.get(), "CAT");
        String name = t("designer.new.category");
        apply.accept(v -> TreeEdits.addCategory(v, id, name, kind, parentId, afterId));
        select.accept(NodeRef.category(id));
    }

    private void addItem(String categoryId, String afterId) {
        String id = TreeEdits.freshId(current.get(), "ITEM");
        String name = t("designer.new.item");
        apply.accept(v -> TreeEdits.addItem(v, id, name, categoryId, afterId));
        select.accept(NodeRef.item(id));
    }

    @Override
    public void duplicate(NodeRef node) {
        if (!mode.changeable(node)) {
            return;
        }
        String copyId = TreeEdits.freshId(current.get(), node.id());
        apply.accept(v -> TreeEdits.duplicate(v, node, copyId));
        select.accept(node.isCategory() ? NodeRef.category(copyId) : NodeRef.item(copyId));
    }

    /** Asks first: a category goes with everything below it (undo brings it back). */
    @Override
    public void delete(NodeRef node) {
        if (!mode.deletable(node)) {
            return;
        }
        SchemeVersion v = current.get();
        String text;
        if (node.isCategory()) {
            Category c = category(v, node.id());
            if (c == null) {
                return;
            }
            SchemeVersion without = TreeEdits.delete(v, node);
            int categories = v.categories().size() - without.categories().size() - 1;
            int items = v.items().size() - without.items().size();
            text = t("designer.delete.category", c.name(), categories, items);
        } else {
            Item i = item(v, node.id());
            if (i == null) {
                return;
            }
            text = t("designer.delete.item", i.name());
        }
        confirmation = new ConfirmDialog(t("designer.delete.title"), text, t("action.delete"),
                e -> apply.accept(version -> TreeEdits.delete(version, node)));
        confirmation.setCancelable(true);
        confirmation.setCancelText(t("action.cancel"));
        confirmation.setConfirmButtonTheme("error primary");
        confirmation.open();
    }

    @Override
    public void move(NodeRef node, int delta) {
        moveBy(node, v -> TreeEdits.move(v, node, delta));
        select.accept(node);
    }

    @Override
    public void indent(NodeRef node, boolean in) {
        moveBy(node, v -> in ? TreeEdits.indent(v, node) : TreeEdits.outdent(v, node));
        select.accept(node);
    }

    @Override
    public void drop(NodeRef node, NodeRef target, TreeEdits.Drop where) {
        moveBy(node, v -> TreeEdits.drop(v, node, target, where));
        select.accept(node);
    }

    /** A move of the branch's own node that keeps it where new nodes may go; anything else stays as it was. */
    private void moveBy(NodeRef node, UnaryOperator<SchemeVersion> move) {
        if (!mode.changeable(node)) {
            return;
        }
        apply.accept(v -> {
            SchemeVersion moved = move.apply(v);
            Category c = node.isCategory() ? category(moved, node.id()) : null;
            Item i = node.isCategory() ? null : item(moved, node.id());
            String under = c != null ? c.parentId() : i != null ? i.categoryId() : null;
            return mode.mayAddInside(under) ? moved : v;
        });
    }

    private static Category category(SchemeVersion v, String id) {
        return v.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static Item item(SchemeVersion v, String id) {
        return v.items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
