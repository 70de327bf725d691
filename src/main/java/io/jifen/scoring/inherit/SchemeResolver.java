package io.jifen.scoring.inherit;

import io.jifen.scoring.inherit.Violation.Code;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.result.Phrase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges an extension (a branch's scheme, S9 个性积分; a township's edits, S7) into its parent's effective scheme.
 *
 * <ul>
 * <li>same id as a parent category / item = override, allowed only if the parent's element is not locked;</li>
 * <li>new categories / items must sit below a parent category that is {@code openForExtension} (new top-level
 *     categories would change the parent's 100-point total and are refused);</li>
 * <li>{@code removedIds} may drop unlocked parent items / categories (with their content);</li>
 * <li>a non-empty scheme-wide part (period rule, classes, tiers, …) replaces the parent's only if the parent lists it
 *     in {@code unlockedParts};</li>
 * <li>each open category's cap is the budget the parent grants; if the nominal maximum of its merged content
 *     exceeds it, that is a {@link Code#BUDGET_EXCEEDED} violation. Nominal maximum of an item: its points cap, else
 *     value × count cap, else one occurrence (unbounded items are held by the category cap at run time).</li>
 * </ul>
 */
public final class SchemeResolver {

    private SchemeResolver() {
    }

    /** Resolves a chain root → … → leaf (each element the extension of the previous). */
    public static Resolution resolveChain(List<SchemeVersion> rootToLeaf) {
        SchemeVersion effective = rootToLeaf.getFirst();
        if (effective.isExtension()) {
            throw new IllegalArgumentException("chain must start at a scheme without parent");
        }
        List<Violation> violations = new ArrayList<>();
        List<String> lineage = new ArrayList<>(List.of(effective.id()));
        for (SchemeVersion child : rootToLeaf.subList(1, rootToLeaf.size())) {
            Resolution r = resolve(effective, child);
            violations.addAll(r.violations());
            lineage.add(child.id());
            effective = r.effective();
        }
        return new Resolution(effective, violations, lineage);
    }

    public static Resolution resolve(SchemeVersion parent, SchemeVersion child) {
        if (parent.isExtension()) {
            throw new IllegalArgumentException("parent " + parent.id() + " must be resolved first");
        }
        List<Violation> v = new ArrayList<>();
        if (!Objects.equals(child.parentVersionId(), parent.id())) {
            v.add(new Violation(Code.WRONG_PARENT, "scheme:" + child.id(), Phrase.of("inherit.wrongParent",
                    child.parentVersionId(), parent.id())));
        }
        Map<String, Category> cats = new LinkedHashMap<>();
        parent.categories().forEach(c -> cats.put(c.id(), c));
        Map<String, Item> items = new LinkedHashMap<>();
        parent.items().forEach(i -> items.put(i.id(), i));
        remove(child, cats, items, v);
        Set<String> childCats = new HashSet<>();
        child.categories().forEach(c -> childCats.add(c.id()));
        for (Category c : child.categories()) {
            Category old = parent.categories().stream().filter(p -> p.id().equals(c.id())).findFirst().orElse(null);
            if (old != null) {
                if (old.locked()) {
                    v.add(new Violation(Code.LOCKED_CHANGED, "category:" + c.id(), Phrase.of("inherit.locked", c.id())));
                } else {
                    cats.put(c.id(), c);
                }
            } else if (placementAllowed("category:" + c.id(), c.parentId(), parent, child, v)) {
                cats.put(c.id(), c);
            }
        }
        for (Item i : child.items()) {
            Item old = parent.items().stream().filter(p -> p.id().equals(i.id())).findFirst().orElse(null);
            if (old != null) {
                if (old.locked()) {
                    v.add(new Violation(Code.LOCKED_CHANGED, "item:" + i.id(), Phrase.of("inherit.locked", i.id())));
                } else {
                    items.put(i.id(), i);
                }
            } else if (!cats.containsKey(i.categoryId())) {
                v.add(new Violation(Code.UNKNOWN_CATEGORY, "item:" + i.id(), Phrase.of("inherit.unknownCategory",
                        i.categoryId())));
            } else if (childCats.contains(i.categoryId()) || placementAllowed("item:" + i.id(), i.categoryId(),
                    parent, child, v)) {
                items.put(i.id(), i);
            }
        }
        SchemeVersion effective = new SchemeVersion(child.id(), child.schemeId(), child.name(), child.version(), null,
                child.effectiveFrom() != null ? child.effectiveFrom() : parent.effectiveFrom(),
                part(parent, SchemePart.PERIOD_RULE, child.periodRule(), parent.periodRule(), v),
                part(parent, SchemePart.MEMBER_CLASSES, emptyToNull(child.memberClasses()), parent.memberClasses(), v),
                List.copyOf(cats.values()), List.copyOf(items.values()),
                part(parent, SchemePart.TIER_SCHEMES, emptyToNull(child.tierSchemes()), parent.tierSchemes(), v),
                part(parent, SchemePart.ELIGIBILITY_RULES, emptyToNull(child.eligibilityRules()),
                        parent.eligibilityRules(), v),
                part(parent, SchemePart.CONSEQUENCE_RULES, emptyToNull(child.consequenceRules()),
                        parent.consequenceRules(), v),
                part(parent, SchemePart.WORKFLOW, child.workflow() == null || child.workflow().equals(Workflow.NONE)
                        ? null : child.workflow(), parent.workflow(), v),
                intersect(parent.unlockedParts(), child.unlockedParts()), List.of(),
                part(parent, SchemePart.RANKING, child.ranking().isDefault() ? null : child.ranking(),
                        parent.ranking(), v));
        v.addAll(Budgets.check(parent, effective));
        return new Resolution(effective, v, List.of(parent.id(), child.id()));
    }

    private static void remove(SchemeVersion child, Map<String, Category> cats, Map<String, Item> items,
            List<Violation> v) {
        for (String id : child.removedIds()) {
            Item item = items.get(id);
            Category cat = cats.get(id);
            if (item == null && cat == null) {
                v.add(new Violation(Code.UNKNOWN_REMOVED, id, Phrase.of("inherit.unknownRemoved", id)));
            } else if ((item != null && item.locked()) || (cat != null && cat.locked())) {
                v.add(new Violation(Code.LOCKED_REMOVED, id, Phrase.of("inherit.locked", id)));
            } else if (item != null) {
                items.remove(id);
            } else {
                Set<String> gone = new HashSet<>(Set.of(id));
                boolean grew = true;
                while (grew) {
                    grew = cats.values().removeIf(c -> {
                        boolean under = c.parentId() != null && gone.contains(c.parentId()) && gone.add(c.id());
                        return under;
                    });
                }
                cats.remove(id);
                items.values().removeIf(i -> gone.contains(i.categoryId()));
            }
        }
    }

    /** A new element may hang below a child category that itself is allowed, or below an open parent category. */
    private static boolean placementAllowed(String ref, String categoryId, SchemeVersion parent, SchemeVersion child,
            List<Violation> v) {
        if (categoryId == null) {
            v.add(new Violation(Code.ADDED_AT_TOP_LEVEL, ref, Phrase.of("inherit.addedAtTopLevel")));
            return false;
        }
        Category inChild = child.categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .orElse(null);
        Category inParent = parent.categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .orElse(null);
        if (inParent != null) {
            if (!inParent.openForExtension()) {
                v.add(new Violation(Code.ADDED_UNDER_CLOSED_CATEGORY, ref, Phrase.of("inherit.notOpen",
                        categoryId)));
                return false;
            }
            return true;
        }
        if (inChild != null) {
            return true; // the child category's own placement is checked on its own
        }
        v.add(new Violation(Code.UNKNOWN_CATEGORY, ref, Phrase.of("inherit.unknownCategory", categoryId)));
        return false;
    }

    private static <T> T part(SchemeVersion parent, SchemePart part, T childValue, T parentValue,
            List<Violation> v) {
        if (childValue == null || childValue.equals(parentValue)) {
            return parentValue;
        }
        if (!parent.unlockedParts().contains(part)) {
            v.add(new Violation(Code.PART_LOCKED, "part:" + part, Phrase.of("inherit.partLocked", part)));
            return parentValue;
        }
        return childValue;
    }

    private static <T> List<T> emptyToNull(List<T> l) {
        return l.isEmpty() ? null : l;
    }

    private static Set<SchemePart> intersect(Set<SchemePart> a, Set<SchemePart> b) {
        Set<SchemePart> s = a.isEmpty() ? EnumSet.noneOf(SchemePart.class) : EnumSet.copyOf(a);
        s.retainAll(b);
        return s;
    }
}
