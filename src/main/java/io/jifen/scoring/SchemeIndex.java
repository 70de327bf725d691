package io.jifen.scoring;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookup tables over a flat scheme: the category tree, items per category. Built once per evaluation; refuses a
 * scheme whose references are broken, because silently dropping a category would change every total.
 */
final class SchemeIndex {

    private static final String TOP = "";

    final SchemeVersion scheme;
    final Map<String, Item> items = new LinkedHashMap<>();
    final Map<String, Category> categories = new LinkedHashMap<>();
    final Map<String, MemberClass> classes = new HashMap<>();
    final Rules rules = new Rules();
    private final Map<String, List<Category>> children = new HashMap<>();
    private final Map<String, List<Item>> itemsByCategory = new HashMap<>();
    private final Map<String, PeriodUnit> rhythms = new HashMap<>();

    SchemeIndex(SchemeVersion scheme) {
        if (scheme.isExtension()) {
            throw new IllegalArgumentException("scheme " + scheme.id()
                    + " extends " + scheme.parentVersionId() + ": resolve it with SchemeResolver first");
        }
        this.scheme = scheme;
        scheme.memberClasses().forEach(c -> put(classes, c.id(), c, "member class"));
        scheme.categories().forEach(c -> put(categories, c.id(), c, "category"));
        scheme.items().forEach(i -> put(items, i.id(), i, "item"));
        Comparator<Category> byOrder = Comparator.comparingInt(Category::order);
        for (Category c : scheme.categories()) {
            if (c.parentId() != null && !categories.containsKey(c.parentId())) {
                throw new IllegalArgumentException("category " + c.id() + ": unknown parent " + c.parentId());
            }
            children.computeIfAbsent(c.parentId() == null ? TOP : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        children.values().forEach(l -> l.sort(byOrder));
        for (Item i : scheme.items()) {
            if (!categories.containsKey(i.categoryId())) {
                throw new IllegalArgumentException("item " + i.id() + ": unknown category " + i.categoryId());
            }
            itemsByCategory.computeIfAbsent(i.categoryId(), k -> new ArrayList<>()).add(i);
        }
        itemsByCategory.values().forEach(l -> l.sort(Comparator.comparingInt(Item::order)));
        checkNoCycle();
        for (Item i : scheme.items()) {
            PeriodUnit r = rhythmOfCategory(i.categoryId());
            if (r != null) {
                rhythms.put(i.id(), r);
            }
        }
    }

    /** The own rhythm of a category or its nearest ancestor with one (rule 3); null = every assessed period. */
    private PeriodUnit rhythmOfCategory(String categoryId) {
        for (Category c = categories.get(categoryId); c != null;
                c = c.parentId() == null ? null : categories.get(c.parentId())) {
            if (c.rhythm() != null) {
                return c.rhythm();
            }
        }
        return null;
    }

    /** The rhythm an item's facts are scored in, null when the item is scored every assessed period. */
    PeriodUnit rhythmOf(String itemId) {
        return rhythms.get(itemId);
    }

    private static <T> void put(Map<String, T> map, String id, T value, String what) {
        if (map.putIfAbsent(id, value) != null) {
            throw new IllegalArgumentException("duplicate " + what + " id " + id);
        }
    }

    private void checkNoCycle() {
        for (Category c : categories.values()) {
            Set<String> seen = new HashSet<>();
            for (Category x = c; x != null; x = x.parentId() == null ? null : categories.get(x.parentId())) {
                if (!seen.add(x.id())) {
                    throw new IllegalArgumentException("category cycle through " + x.id());
                }
            }
        }
    }

    List<Category> topCategories() {
        return children.getOrDefault(TOP, List.of());
    }

    List<Category> childrenOf(String categoryId) {
        return children.getOrDefault(categoryId, List.of());
    }

    List<Item> itemsOf(String categoryId) {
        return itemsByCategory.getOrDefault(categoryId, List.of());
    }
}
