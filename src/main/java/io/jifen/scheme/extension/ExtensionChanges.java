package io.jifen.scheme.extension;

import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.inherit.Budgets;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.result.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A branch's extension against its parent in words (issue 8 point 7): what it adds to the open categories, which
 * parent items and categories it overrides, which it removes, and which scheme-wide parts it replaces. Each change is
 * a message key with operands ({@code scheme.extension.change.*}), rendered in the user's language at the edge.
 * The general diff between two versions is {@code scheme.diff}'s; this is only the extension's own listing.
 */
public final class ExtensionChanges {

    private static final String K = "scheme.extension.change.";

    private ExtensionChanges() {
    }

    public enum Kind {
        ADDED, OVERRIDDEN, REMOVED, REPLACED
    }

    /** One change: its kind, and a key with operands (names, points, enum constants). */
    public record Change(Kind kind, String key, List<Object> operands) {

        public Change {
            operands = java.util.Collections.unmodifiableList(new ArrayList<>(operands));
        }

        public String format(Locale locale) {
            return ExplanationMessages.format(new Phrase(key, operands), locale);
        }
    }

    /** The changes in reading order: additions, overrides, removals, replaced parts. */
    public static List<Change> of(SchemeVersion extension, SchemeVersion parent) {
        Map<String, Category> parentCategories = byId(parent.categories(), Category::id);
        Map<String, Item> parentItems = byId(parent.items(), Item::id);
        Map<String, Category> allCategories = new java.util.HashMap<>(parentCategories);
        extension.categories().forEach(c -> allCategories.put(c.id(), c));
        List<Change> out = new ArrayList<>();
        for (Category c : extension.categories()) {
            if (!parentCategories.containsKey(c.id())) {
                out.add(change(Kind.ADDED, "addedCategory", c.name(), nameOf(allCategories, c.parentId())));
            }
        }
        for (Item i : extension.items()) {
            if (!parentItems.containsKey(i.id())) {
                out.add(change(Kind.ADDED, "addedItem", i.name(), nameOf(allCategories, i.categoryId()),
                        Budgets.reach(i)));
            }
        }
        for (Category c : extension.categories()) {
            Optional.ofNullable(parentCategories.get(c.id())).ifPresent(old ->
                    out.add(change(Kind.OVERRIDDEN, "overriddenCategory", old.name(), c.name())));
        }
        for (Item i : extension.items()) {
            Optional.ofNullable(parentItems.get(i.id())).ifPresent(old -> out.add(change(Kind.OVERRIDDEN,
                    "overriddenItem", old.name(), i.name(), Budgets.reach(old), Budgets.reach(i))));
        }
        for (String id : extension.removedIds()) {
            if (parentItems.containsKey(id)) {
                out.add(change(Kind.REMOVED, "removedItem", parentItems.get(id).name(),
                        nameOf(parentCategories, parentItems.get(id).categoryId())));
            } else if (parentCategories.containsKey(id)) {
                out.add(change(Kind.REMOVED, "removedCategory", parentCategories.get(id).name()));
            }
        }
        replacedParts(extension, parent).forEach(p -> out.add(change(Kind.REPLACED, "replacedPart", p)));
        return out;
    }

    /** The scheme-wide parts the extension states differently from its parent (a missing part means "as the parent"). */
    private static List<SchemePart> replacedParts(SchemeVersion e, SchemeVersion p) {
        List<SchemePart> parts = new ArrayList<>();
        if (e.periodRule() != null && !e.periodRule().equals(p.periodRule())) {
            parts.add(SchemePart.PERIOD_RULE);
        }
        addIfReplaced(parts, SchemePart.MEMBER_CLASSES, e.memberClasses(), p.memberClasses());
        addIfReplaced(parts, SchemePart.TIER_SCHEMES, e.tierSchemes(), p.tierSchemes());
        addIfReplaced(parts, SchemePart.ELIGIBILITY_RULES, e.eligibilityRules(), p.eligibilityRules());
        addIfReplaced(parts, SchemePart.CONSEQUENCE_RULES, e.consequenceRules(), p.consequenceRules());
        if (e.workflow() != null && !e.workflow().equals(Workflow.NONE) && !e.workflow().equals(p.workflow())) {
            parts.add(SchemePart.WORKFLOW);
        }
        if (!e.ranking().isDefault() && !e.ranking().equals(p.ranking())) {
            parts.add(SchemePart.RANKING);
        }
        return parts;
    }

    private static void addIfReplaced(List<SchemePart> parts, SchemePart part, List<?> own, List<?> parent) {
        if (!own.isEmpty() && !own.equals(parent)) {
            parts.add(part);
        }
    }

    private static Change change(Kind kind, String key, Object... operands) {
        return new Change(kind, K + key, Arrays.asList(operands));
    }

    private static String nameOf(Map<String, Category> categories, String id) {
        Category c = id == null ? null : categories.get(id);
        return c == null ? id : c.name();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
