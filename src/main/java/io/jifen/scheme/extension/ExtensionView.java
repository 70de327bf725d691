package io.jifen.scheme.extension;

import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.inherit.Budgets;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the designer shows on a branch's extension (issue 8 point 7): which nodes are the parent's and read-only
 * (with a lock mark when the parent locked them), which categories are open to the branch, and for each open
 * category with a budget what the branch's content uses of what the parent grants. Pure: built from the extension
 * draft and its effective parent (the parent's published versions merged from the root down).
 *
 * @param budgets one per open category of the parent that grants a budget, in the parent's order
 */
public record ExtensionView(SchemeVersion draft, SchemeVersion parent, SchemeVersion effective,
        List<Budget> budgets) {

    /** How a node of the merged tree may be touched by the branch. */
    public enum Access {
        /** the parent's, locked there: read-only, shown with a lock mark */
        LOCKED,
        /** the parent's, not locked: read-only as it stands, the branch may override or remove it */
        INHERITED,
        /** the parent's and replaced by the branch's own version of it */
        OVERRIDDEN,
        /** the branch's own addition */
        OWN
    }

    /**
     * Used / granted of one open category (magnitudes: a 否决 budget "最多扣10分" is granted 10).
     *
     * @param used nominal maximum of what the merged category holds: its base, each item's points cap (else value ×
     *             count, else one occurrence), sub-categories held by their caps
     */
    public record Budget(String categoryId, String name, BigDecimal used, BigDecimal granted) {

        public boolean over() {
            return used.compareTo(granted) > 0;
        }
    }

    public ExtensionView {
        budgets = List.copyOf(budgets);
    }

    public static ExtensionView of(SchemeVersion draft, SchemeVersion parent) {
        SchemeVersion effective = SchemeResolver.resolve(parent, draft).effective();
        List<Budget> budgets = parent.categories().stream()
                .filter(c -> c.openForExtension() && Budgets.granted(c) != null)
                .map(c -> new Budget(c.id(), c.name(), Budgets.used(effective, c.id()), Budgets.granted(c)))
                .toList();
        return new ExtensionView(draft, parent, effective, budgets);
    }

    /** Access to a category or item of the merged tree by id. */
    public Access access(String id) {
        boolean own = draft.categories().stream().anyMatch(c -> c.id().equals(id))
                || draft.items().stream().anyMatch(i -> i.id().equals(id));
        Optional<Boolean> parentLocked = parentLocked(id);
        if (parentLocked.isEmpty()) {
            return Access.OWN;
        }
        if (parentLocked.get()) {
            return Access.LOCKED;
        }
        return own ? Access.OVERRIDDEN : Access.INHERITED;
    }

    /** The branch may change this node itself (its own, or an unlocked parent node it overrides or may override). */
    public boolean editable(String id) {
        return access(id) != Access.LOCKED;
    }

    /** The parent locked this node: the designer shows a lock mark and no field edits. */
    public boolean lockMark(String id) {
        return access(id) == Access.LOCKED;
    }

    /** The parent opened this category: the branch may add items and sub-categories under it. */
    public boolean open(String categoryId) {
        return parent.categories().stream().anyMatch(c -> c.id().equals(categoryId) && c.openForExtension());
    }

    public Optional<Budget> budget(String categoryId) {
        return budgets.stream().filter(b -> b.categoryId().equals(categoryId)).findFirst();
    }

    private Optional<Boolean> parentLocked(String id) {
        return parent.categories().stream().filter(c -> c.id().equals(id)).map(Category::locked).findFirst()
                .or(() -> parent.items().stream().filter(i -> i.id().equals(id)).map(Item::locked).findFirst());
    }

    /**
     * The item form's refusal of an over-budget item: when the open category the item spends from (its own, or the
     * nearest open one above it) can nominally reach more than the parent grants, an error at the item's field that
     * decides its reach — its points cap, else its count cap, else its value. Empty when it fits or the item is not in
     * the draft.
     */
    public static Optional<ValidationIssue> budgetIssue(SchemeVersion draft, SchemeVersion parent, String itemId) {
        int index = indexOf(draft.items(), itemId);
        if (index < 0) {
            return Optional.empty();
        }
        Item item = draft.items().get(index);
        ExtensionView view = of(draft, parent);
        Map<String, Category> categories = view.effective().categories().stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        for (Category c = categories.get(item.categoryId()); c != null; c = categories.get(c.parentId())) {
            Optional<Budget> budget = view.budget(c.id());
            if (budget.isPresent()) {
                Budget b = budget.get();
                return b.over() ? Optional.of(ValidationIssue.error(fieldOfReach(index, item),
                        "scheme.validation.extension.itemOverBudget", item.name(), Budgets.reach(item), b.name(),
                        b.used(), b.granted())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String fieldOfReach(int index, Item item) {
        String at = "$.scheme.items[" + index + "]";
        if (item.cap().maxPoints() != null) {
            return at + ".cap.maxPoints";
        }
        return item.cap().maxCount() != null ? at + ".cap.maxCount" : at + ".value";
    }

    private static int indexOf(List<Item> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
