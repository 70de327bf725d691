package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.designer.TreeEdits;
import io.jifen.scheme.designer.Outline;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.shared.Registration;
import io.jifen.scheme.extension.ui.BudgetBar;
import io.jifen.scheme.extension.ui.ExtensionSection;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The categories and items of the draft as a tree. Keyboard: arrows move through it (the grid's own navigation),
 * Alt+N adds a sibling, Alt+Shift+N an item inside a category, Ctrl+D duplicates, Delete deletes (after a
 * confirmation), Alt+↑/↓ moves, Alt+←/→ outdents / indents; rows can be dragged as well.
 */
class DesignerTree extends TreeGrid<NodeRef> {

    /** What the tree asks the view to do. */
    interface Actions {
        void addSibling(NodeRef at);

        void addChild(NodeRef at);

        void duplicate(NodeRef node);

        void delete(NodeRef node);

        void move(NodeRef node, int delta);

        void indent(NodeRef node, boolean in);

        void drop(NodeRef node, NodeRef target, TreeEdits.Drop where);
    }

    private final TreeData<NodeRef> data = new TreeData<>();
    private final Set<NodeRef> collapsed = new HashSet<>();
    private final List<Registration> shortcuts = new ArrayList<>();
    private final Actions actions;
    private SchemeVersion version;
    private NodeRef dragged;
    /** On a branch's extension: the parent's nodes get the lock mark, open categories their budget. */
    private ExtensionMode mode = new ExtensionMode(null);

    DesignerTree(Actions actions) {
        this.actions = actions;
        setDataProvider(new TreeDataProvider<>(data));
        addComponentHierarchyColumn(this::label).setHeader(getTranslation("schemes.preview.name")).setFlexGrow(3);
        addColumn(this::summary).setHeader(getTranslation("designer.tree.value")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        addCollapseListener(e -> collapsed.addAll(e.getItems()));
        addExpandListener(e -> collapsed.removeAll(e.getItems()));
        addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        addDragEndListener(e -> dragged = null);
        addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null) {
                actions.drop(dragged, target, where(e.getDropLocation()));
            }
        }));
    }

    private static TreeEdits.Drop where(GridDropLocation location) {
        return switch (location) {
            case ABOVE -> TreeEdits.Drop.ABOVE;
            case BELOW -> TreeEdits.Drop.BELOW;
            default -> TreeEdits.Drop.INTO;
        };
    }

    void mode(ExtensionMode mode) {
        this.mode = mode;
    }

    /** Editing on or off: keyboard commands and dragging exist only while the draft can be edited. */
    void setEditable(boolean editable) {
        shortcuts.forEach(Registration::remove);
        shortcuts.clear();
        setRowsDraggable(editable);
        setDropMode(editable ? GridDropMode.ON_TOP_OR_BETWEEN : null);
        if (!editable) {
            return;
        }
        on(() -> actions.addSibling(selected()), Key.KEY_N, KeyModifier.ALT);
        on(() -> actions.addChild(selected()), Key.KEY_N, KeyModifier.ALT, KeyModifier.SHIFT);
        on(() -> withSelected(actions::duplicate), Key.KEY_D, KeyModifier.CONTROL);
        on(() -> withSelected(actions::delete), Key.DELETE);
        on(() -> withSelected(n -> actions.move(n, -1)), Key.ARROW_UP, KeyModifier.ALT);
        on(() -> withSelected(n -> actions.move(n, 1)), Key.ARROW_DOWN, KeyModifier.ALT);
        on(() -> withSelected(n -> actions.indent(n, false)), Key.ARROW_LEFT, KeyModifier.ALT);
        on(() -> withSelected(n -> actions.indent(n, true)), Key.ARROW_RIGHT, KeyModifier.ALT);
    }

    private void on(Runnable action, Key key, KeyModifier... modifiers) {
        shortcuts.add(Shortcuts.addShortcutListener(this, action::run, key, modifiers).listenOn(this));
    }

    private void withSelected(Consumer<NodeRef> action) {
        NodeRef node = selected();
        if (node != null) {
            action.accept(node);
        }
    }

    NodeRef selected() {
        return asSingleSelect().getValue();
    }

    /** Shows the version's tree, keeping what the user collapsed and the selection when it still exists. */
    void show(SchemeVersion v) {
        this.version = v;
        NodeRef keep = selected();
        data.clear();
        Outline o = new Outline(v);
        addLevel(o, null, null);
        getDataProvider().refreshAll();
        List<NodeRef> open = data.getRootItems().stream().toList();
        expandAll(open);
        if (keep != null && data.contains(keep)) {
            select(keep);
        } else if (keep != null) {
            deselectAll();
        }
    }

    private void addLevel(Outline o, String parentId, NodeRef parent) {
        for (String c : o.children(parentId)) {
            NodeRef node = NodeRef.category(c);
            if (data.contains(node)) {
                continue;
            }
            data.addItem(parent, node);
            addLevel(o, c, node);
            o.items(c).forEach(i -> data.addItem(node, NodeRef.item(i)));
        }
        if (parent == null) {
            // items of unknown categories are shown at the top, so the validator's error can be reached
            o.orphanItems().forEach(i -> data.addItem(null, NodeRef.item(i)));
        }
    }

    private void expandAll(List<NodeRef> nodes) {
        for (NodeRef n : nodes) {
            if (n.isCategory() && !collapsed.contains(n)) {
                expand(n);
                expandAll(data.getChildren(n));
            }
        }
    }

    /** Selects a node, opening the categories above it. */
    void reveal(NodeRef node) {
        if (!data.contains(node)) {
            return;
        }
        List<NodeRef> above = new ArrayList<>();
        for (NodeRef p = data.getParent(node); p != null; p = data.getParent(p)) {
            above.addFirst(p);
        }
        collapsed.removeAll(above);
        expand(above);
        select(node);
        scrollToItem(node);
    }

    NodeRef parentOf(NodeRef node) {
        return data.contains(node) ? data.getParent(node) : null;
    }

    List<NodeRef> childrenOf(NodeRef node) {
        return node == null ? data.getRootItems() : data.getChildren(node);
    }

    HorizontalLayout label(NodeRef node) {
        Category c = node.isCategory() ? category(node.id()) : null;
        Item i = node.isCategory() ? null : item(node.id());
        Icon icon = (node.isCategory() ? VaadinIcon.FOLDER_O : VaadinIcon.FILE_TEXT_O).create();
        icon.setSize("var(--lumo-icon-size-s)");
        String name = c != null ? c.name() : i != null ? i.name() : null;
        Span text = new Span(name == null || name.isBlank() ? getTranslation("designer.tree.unnamed") : name);
        HorizontalLayout row = new HorizontalLayout(icon, text);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        boolean locked = c != null ? c.locked() : i != null && i.locked();
        if (mode.lockMark(node)) {
            row.add(ExtensionSection.lockMark());
        } else if (locked) {
            Icon lock = VaadinIcon.LOCK.create();
            lock.setSize("var(--lumo-icon-size-s)");
            lock.setTooltipText(getTranslation("designer.tree.locked"));
            row.add(lock);
        }
        if (c != null && c.openForExtension()) {
            row.add(new Span(getTranslation("designer.tree.open")));
        }
        if (i != null && i.veto()) {
            row.add(new Span(getTranslation("designer.tree.veto")));
        }
        return row;
    }

    private String summary(NodeRef node) {
        if (node.isCategory()) {
            Category c = category(node.id());
            String kind = c == null ? "" : getTranslation("schemes.kind." + c.kind().name());
            return mode.budget(node).map(b -> kind + " · " + getTranslation("designer.extension.budgetShort",
                    BudgetBar.plain(b.used()), BudgetBar.plain(b.granted()))).orElse(kind);
        }
        Item i = item(node.id());
        return i == null ? "" : getTranslation("designer.tree.points",
                i.value().maxPerOccurrence().stripTrailingZeros().toPlainString());
    }

    private Category category(String id) {
        return version.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private Item item(String id) {
        return version.items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
