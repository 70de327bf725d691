package io.jifen.scoring.inherit;

import io.jifen.scoring.inherit.Violation.Code;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what a child put into an open category can, nominally, fit the cap the parent set there. Public for the
 * designer's budget bars (used / granted per open category) and its item form's over-budget check.
 */
public final class Budgets {

    private Budgets() {
    }

    static List<Violation> check(SchemeVersion parent, SchemeVersion effective) {
        List<Violation> out = new ArrayList<>();
        for (Category granted : parent.categories()) {
            if (!granted.openForExtension() || granted.cap().isOpen()) {
                continue;
            }
            BigDecimal nominal = used(effective, granted.id());
            BigDecimal budget = granted(granted);
            if (budget != null && nominal.compareTo(budget) > 0) {
                out.add(new Violation(Code.BUDGET_EXCEEDED, "category:" + granted.id(), Phrase.of("inherit.budget",
                        nominal, budget)));
            }
        }
        return out;
    }

    /**
     * The budget an open category grants, as a magnitude — a deduction budget is a min (−10), a bonus budget a max
     * (5) — or null when its cap does not bound that side.
     */
    public static BigDecimal granted(Category granted) {
        return granted.sign() == io.jifen.scoring.model.Sign.NEGATIVE && granted.cap().min() != null
                ? granted.cap().min().abs() : granted.cap().max();
    }

    /** What a category's content spends of its budget in the (merged) scheme: its nominal maximum magnitude. */
    public static BigDecimal used(SchemeVersion effective, String categoryId) {
        return nominal(effective, categoryId);
    }

    /** Nominal maximum magnitude of a category's content, each sub-category held by its own cap. */
    private static BigDecimal nominal(SchemeVersion s, String categoryId) {
        // a category's own base (rule 4: the branch sets its 个性基础) is spent from the budget like its items
        BigDecimal sum = s.categories().stream().filter(c -> c.id().equals(categoryId) && c.baseScore() != null)
                .map(Category::baseScore).findFirst().orElse(Points.ZERO);
        for (Item i : s.items()) {
            if (i.categoryId().equals(categoryId)) {
                sum = sum.add(nominal(i));
            }
        }
        for (Category c : s.categories()) {
            if (categoryId.equals(c.parentId())) {
                BigDecimal sub = Points.times(nominal(s, c.id()), c.weight());
                BigDecimal capMag = granted(c);
                sum = sum.add(capMag == null ? sub : sub.min(capMag));
            }
        }
        return sum;
    }

    /** An item's nominal maximum per period: its points cap, else value × count cap, else one occurrence. */
    public static BigDecimal reach(Item i) {
        return nominal(i);
    }

    private static BigDecimal nominal(Item i) {
        if (i.cap().maxPoints() != null) {
            return i.cap().maxPoints();
        }
        BigDecimal one = i.value().maxPerOccurrence();
        return i.cap().maxCount() == null ? one : Points.times(one, BigDecimal.valueOf(i.cap().maxCount()));
    }
}
