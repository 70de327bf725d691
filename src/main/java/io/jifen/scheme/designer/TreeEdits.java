package io.jifen.scheme.designer;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tree operations of the designer as pure functions of a version: add, duplicate, delete, move up / down,
 * indent / outdent and drop. A function that cannot apply (move the first child up, drop a category into its own
 * subtree) returns the version unchanged, which the {@link Draft} does not record.
 */
public final class TreeEdits {

    /** Where a dragged node lands relative to the row it is dropped on. */
    public enum Drop { ABOVE, INTO, BELOW }

    private TreeEdits() {
    }

    /** An id not used by any category or item: {@code prefix-1}, {@code prefix-2}, … */
    public static String freshId(SchemeVersion v, String prefix) {
        Set<String> used = usedIds(v);
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    private static Set<String> usedIds(SchemeVersion v) {
        Set<String> used = new HashSet<>();
        v.categories().forEach(c -> used.add(c.id()));
        v.items().forEach(i -> used.add(i.id()));
        return used;
    }

    /** A new category under {@code parentId} (null: at the top), right after {@code afterId} or else last. */
    public static SchemeVersion addCategory(SchemeVersion v, String newId, String name, CategoryKind kind,
                                            String parentId, String afterId) {
        Outline o = new Outline(v);
        o.categories.put(newId, new Category(newId, parentId, name, kind, null, null, null, false, false, 0));
        o.parentOf.put(newId, parentId);
        insertAfter(o.categoriesUnder(parentId), newId, afterId);
        return o.writeTo(v);
    }

    /** A new item worth a fixed 1 point in {@code categoryId}, right after {@code afterId} or else last. */
    public static SchemeVersion addItem(SchemeVersion v, String newId, String name, String categoryId,
                                        String afterId) {
        Outline o = new Outline(v);
        o.items.put(newId, new Item(newId, categoryId, name, ValueRule.fixed("1"), null, null, false, null, null,
                null, false, false, 0));
        insertAfter(o.itemsIn(categoryId), newId, afterId);
        return o.writeTo(v);
    }

    private static void insertAfter(List<String> siblings, String id, String afterId) {
        int at = afterId == null ? -1 : siblings.indexOf(afterId);
        siblings.add(at < 0 ? siblings.size() : at + 1, id);
    }

    /**
     * A copy of the node right after it; a category is copied with its whole subtree, every copy under a new id
     * ({@code copyId} for the node itself, fresh ids derived from it below).
     */
    public static SchemeVersion duplicate(SchemeVersion v, NodeRef node, String copyId) {
        Outline o = new Outline(v);
        Set<String> used = usedIds(v);
        used.add(copyId);
        if (!node.isCategory()) {
            Item original = o.items.get(node.id());
            if (original == null) {
                return v;
            }
            o.items.put(copyId, Copies.renamed(original, copyId, original.categoryId()));
            insertAfter(o.itemsIn(original.categoryId()), copyId, node.id());
            return o.writeTo(v);
        }
        if (!o.categories.containsKey(node.id())) {
            return v;
        }
        String parent = o.parentOf.get(node.id());
        copyCategory(o, node.id(), copyId, parent, used);
        insertAfter(o.categoriesUnder(o.displayParent(node.id())), copyId, node.id());
        return o.writeTo(v);
    }

    private static void copyCategory(Outline o, String id, String copyId, String parentId, Set<String> used) {
        o.categories.put(copyId, Copies.renamed(o.categories.get(id), copyId, parentId));
        o.parentOf.put(copyId, parentId);
        for (String itemId : List.copyOf(o.itemsIn(id))) {
            String itemCopy = unused(used, copyId + "-" + itemId);
            o.items.put(itemCopy, Copies.renamed(o.items.get(itemId), itemCopy, copyId));
            o.itemsIn(copyId).add(itemCopy);
        }
        for (String child : List.copyOf(o.categoriesUnder(id))) {
            String childCopy = unused(used, copyId + "-" + child);
            o.categoriesUnder(copyId).add(childCopy);
            copyCategory(o, child, childCopy, copyId, used);
        }
    }

    private static String unused(Set<String> used, String wanted) {
        String id = wanted;
        for (int n = 2; used.contains(id); n++) {
            id = wanted + "-" + n;
        }
        used.add(id);
        return id;
    }

    /** Removes the node; a category goes with its sub-categories and all their items. */
    public static SchemeVersion delete(SchemeVersion v, NodeRef node) {
        Outline o = new Outline(v);
        if (!node.isCategory()) {
            Item item = o.items.remove(node.id());
            if (item != null) {
                o.itemsIn(item.categoryId()).remove(node.id());
            }
            return o.writeTo(v);
        }
        if (!o.categories.containsKey(node.id())) {
            return v;
        }
        o.categoriesUnder(o.displayParent(node.id())).remove(node.id());
        removeSubtree(o, node.id());
        return o.writeTo(v);
    }

    private static void removeSubtree(Outline o, String id) {
        for (String child : List.copyOf(o.categoriesUnder(id))) {
            removeSubtree(o, child);
        }
        o.itemsIn(id).forEach(o.items::remove);
        o.childItems.remove(id);
        o.childCategories.remove(id);
        o.categories.remove(id);
        o.parentOf.remove(id);
    }

    /** One place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public static SchemeVersion move(SchemeVersion v, NodeRef node, int delta) {
        Outline o = new Outline(v);
        List<String> siblings = siblings(o, node);
        int at = siblings == null ? -1 : siblings.indexOf(node.id());
        int to = at + delta;
        if (at < 0 || to < 0 || to >= siblings.size()) {
            return v;
        }
        siblings.remove(at);
        siblings.add(to, node.id());
        return o.writeTo(v);
    }

    private static List<String> siblings(Outline o, NodeRef node) {
        if (node.isCategory()) {
            return o.categories.containsKey(node.id()) ? o.categoriesUnder(o.displayParent(node.id())) : null;
        }
        Item item = o.items.get(node.id());
        return item == null ? null : o.itemsIn(item.categoryId());
    }

    /**
     * Indents the node one level: a category becomes the last child of the category above it; an item moves into
     * the last sub-category of its category (items are listed after the sub-categories).
     */
    public static SchemeVersion indent(SchemeVersion v, NodeRef node) {
        Outline o = new Outline(v);
        if (node.isCategory()) {
            List<String> siblings = siblings(o, node);
            int at = siblings == null ? -1 : siblings.indexOf(node.id());
            return at <= 0 ? v : moveCategory(o, v, node.id(), siblings.get(at - 1), null, false);
        }
        Item item = o.items.get(node.id());
        List<String> subs = item == null ? List.of() : o.categoriesUnder(item.categoryId());
        return subs.isEmpty() ? v : moveItem(o, v, node.id(), subs.getLast(), null, false);
    }

    /** Outdents the node one level: it lands right after the category that held it. */
    public static SchemeVersion outdent(SchemeVersion v, NodeRef node) {
        Outline o = new Outline(v);
        if (node.isCategory()) {
            String parent = o.categories.containsKey(node.id()) ? o.displayParent(node.id()) : null;
            return parent == null ? v : moveCategory(o, v, node.id(), o.displayParent(parent), parent, false);
        }
        Item item = o.items.get(node.id());
        String holder = item == null || !o.categories.containsKey(item.categoryId()) ? null
                : o.displayParent(item.categoryId());
        return holder == null ? v : moveItem(o, v, node.id(), holder, null, false);
    }

    /** Drag and drop: the node lands above, into or below {@code target}. Never into its own subtree. */
    public static SchemeVersion drop(SchemeVersion v, NodeRef node, NodeRef target, Drop where) {
        Outline o = new Outline(v);
        if (node.equals(target)) {
            return v;
        }
        if (node.isCategory()) {
            if (!target.isCategory() || !o.categories.containsKey(target.id())) {
                return v;
            }
            if (where == Drop.INTO) {
                return moveCategory(o, v, node.id(), target.id(), null, false);
            }
            return moveCategory(o, v, node.id(), o.displayParent(target.id()), target.id(), where == Drop.ABOVE);
        }
        if (target.isCategory()) {
            return o.categories.containsKey(target.id()) ? moveItem(o, v, node.id(), target.id(), null, false) : v;
        }
        Item t = o.items.get(target.id());
        if (t == null || where == Drop.INTO) {
            return v;
        }
        return moveItem(o, v, node.id(), t.categoryId(), target.id(), where == Drop.ABOVE);
    }

    private static SchemeVersion moveCategory(Outline o, SchemeVersion v, String id, String newParent,
                                              String anchor, boolean before) {
        if (!o.categories.containsKey(id) || (newParent != null && o.isWithin(newParent, id))) {
            return v;
        }
        o.categoriesUnder(o.displayParent(id)).remove(id);
        o.parentOf.put(id, newParent);
        place(o.categoriesUnder(newParent), id, anchor, before);
        return o.writeTo(v);
    }

    private static SchemeVersion moveItem(Outline o, SchemeVersion v, String id, String category, String anchor,
                                          boolean before) {
        Item item = o.items.get(id);
        if (item == null) {
            return v;
        }
        o.itemsIn(item.categoryId()).remove(id);
        o.items.put(id, Copies.placed(item, category, item.order()));
        place(o.itemsIn(category), id, anchor, before);
        return o.writeTo(v);
    }

    private static void place(List<String> siblings, String id, String anchor, boolean before) {
        int at = anchor == null ? -1 : siblings.indexOf(anchor);
        if (at < 0) {
            siblings.add(id);
        } else {
            siblings.add(before ? at : at + 1, id);
        }
    }
}
