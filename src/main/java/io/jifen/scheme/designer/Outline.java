package io.jifen.scheme.designer;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories and items of a version as a tree the edits can rearrange: children in display order (by
 * {@code order}, then by their place in the list). Written back, the lists keep their order (new rows last) so an
 * edit changes only what it touches; a sibling group whose {@code order} values no longer give its sequence is
 * renumbered 0, 1, 2, … (templates use 0 everywhere, or one running number).
 */
public final class Outline {

    static final String ROOT = "";

    final Map<String, Category> categories = new LinkedHashMap<>();
    final Map<String, Item> items = new LinkedHashMap<>();
    /** Parent id of each category as it will be written (unchanged for a dangling parent nobody moved). */
    final Map<String, String> parentOf = new LinkedHashMap<>();
    final Map<String, List<String>> childCategories = new LinkedHashMap<>();
    final Map<String, List<String>> childItems = new LinkedHashMap<>();

    public Outline(SchemeVersion v) {
        List<Category> cats = sorted(v.categories(), Category::order);
        cats.forEach(c -> categories.put(c.id(), c));
        for (Category c : cats) {
            parentOf.put(c.id(), c.parentId());
            boolean known = c.parentId() != null && categories.containsKey(c.parentId());
            childCategories.computeIfAbsent(known ? c.parentId() : ROOT, k -> new ArrayList<>()).add(c.id());
        }
        for (Item i : sorted(v.items(), Item::order)) {
            items.put(i.id(), i);
            childItems.computeIfAbsent(i.categoryId(), k -> new ArrayList<>()).add(i.id());
        }
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.ToIntFunction<T> order) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            index.add(i);
        }
        index.sort(Comparator.<Integer>comparingInt(i -> order.applyAsInt(list.get(i))).thenComparingInt(i -> i));
        return index.stream().map(list::get).toList();
    }

    /** The ids of the categories under {@code parentId} (null: at the top), in display order. */
    public List<String> children(String parentId) {
        return List.copyOf(categoriesUnder(parentId));
    }

    /** The ids of the items of a category, in display order. */
    public List<String> items(String categoryId) {
        return List.copyOf(itemsIn(categoryId));
    }

    /** Items whose category does not exist (the validator reports them; the tree still shows them). */
    public List<String> orphanItems() {
        List<String> out = new ArrayList<>();
        childItems.forEach((category, ids) -> {
            if (!categories.containsKey(category)) {
                out.addAll(ids);
            }
        });
        return out;
    }

    List<String> categoriesUnder(String parentId) {
        return childCategories.computeIfAbsent(parentId == null ? ROOT : parentId, k -> new ArrayList<>());
    }

    List<String> itemsIn(String categoryId) {
        return childItems.computeIfAbsent(categoryId, k -> new ArrayList<>());
    }

    /** The display parent of a category: null at the top (also when its stored parent is unknown). */
    String displayParent(String categoryId) {
        String p = parentOf.get(categoryId);
        return p != null && categories.containsKey(p) ? p : null;
    }

    boolean isWithin(String categoryId, String ancestorId) {
        Set<String> seen = new HashSet<>();
        for (String c = categoryId; c != null && seen.add(c); c = displayParent(c)) {
            if (c.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    SchemeVersion writeTo(SchemeVersion v) {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int n = 0; n < v.categories().size(); n++) {
            position.put("c:" + v.categories().get(n).id(), n);
        }
        for (int n = 0; n < v.items().size(); n++) {
            position.put("i:" + v.items().get(n).id(), n);
        }
        categories.keySet().forEach(id -> position.putIfAbsent("c:" + id, position.size()));
        items.keySet().forEach(id -> position.putIfAbsent("i:" + id, position.size()));
        Map<String, Integer> orders = new java.util.HashMap<>();
        childCategories.values().forEach(group -> number(group, "c:", id -> categories.get(id).order(), position,
                orders));
        childItems.values().forEach(group -> number(group, "i:", id -> items.get(id).order(), position, orders));
        List<Category> cats = categories.values().stream()
                .map(c -> Copies.placed(c, parentOf.get(c.id()), orders.get("c:" + c.id())))
                .sorted(Comparator.comparingInt(c -> position.getOrDefault("c:" + c.id(), Integer.MAX_VALUE)))
                .toList();
        List<Item> its = items.values().stream()
                .map(i -> Copies.placed(i, i.categoryId(), orders.get("i:" + i.id())))
                .sorted(Comparator.comparingInt(i -> position.getOrDefault("i:" + i.id(), Integer.MAX_VALUE)))
                .toList();
        return Versions.withItems(Versions.withCategories(v, cats), its);
    }

    /**
     * Keeps a group's order values when they still give its sequence (ties broken by list position, new rows go
     * last in the list), else numbers the group 0, 1, 2, ….
     */
    private static void number(List<String> group, String kind, java.util.function.ToIntFunction<String> order,
                               Map<String, Integer> position, Map<String, Integer> orders) {
        boolean keep = true;
        for (int n = 1; n < group.size() && keep; n++) {
            int a = order.applyAsInt(group.get(n - 1));
            int b = order.applyAsInt(group.get(n));
            int pa = position.getOrDefault(kind + group.get(n - 1), Integer.MAX_VALUE);
            int pb = position.getOrDefault(kind + group.get(n), Integer.MAX_VALUE);
            keep = a < b || (a == b && pa < pb);
        }
        for (int n = 0; n < group.size(); n++) {
            orders.put(kind + group.get(n), keep ? order.applyAsInt(group.get(n)) : n);
        }
    }
}
