package io.jifen.scoring;

import io.jifen.scoring.ItemScorer.Valued;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks the category tree bottom-up for one member-period. Order per category: signed sum of items and
 * sub-categories → × weight → clamp by cap. Weight comes before the cap because S10 caps 评议 at 25 after "× 50 %".
 *
 * <p>A category's fact ids are a shared view over its parts' ({@link FactIds#concat}) when the member's fact ids are
 * distinct, else a de-duplicated copy; formulas are rendered on demand from the terms kept here.
 */
final class CategoryScorer {

    private final SchemeIndex index;
    private final Rules rules;
    private final Map<String, List<Valued>> factsByItem;
    private final boolean distinctIds;
    private final Period period;
    private final WindowCaps windows;
    private final Function<Category, Explained> bases;
    final List<ItemResult> items = new ArrayList<>();
    final List<CategoryResult> categories = new ArrayList<>();

    /** @param distinctIds the member's fact ids are all different, so the ids of disjoint parts never overlap */
    CategoryScorer(SchemeIndex index, Map<String, List<Valued>> factsByItem, boolean distinctIds) {
        this(index, factsByItem, distinctIds, null, null, null);
    }

    /**
     * @param period  the assessed period, for window caps (rule 1)
     * @param windows the member's window-cap use so far (null: no window caps)
     * @param bases   the base a category with a base score grants in this period (rule 4), already pro-rated
     */
    CategoryScorer(SchemeIndex index, Map<String, List<Valued>> factsByItem, boolean distinctIds, Period period,
            WindowCaps windows, Function<Category, Explained> bases) {
        this.index = index;
        this.rules = index.rules;
        this.factsByItem = factsByItem;
        this.distinctIds = distinctIds;
        this.period = period;
        this.windows = windows;
        this.bases = bases;
    }

    /** Scores every top-level category; results (items with facts, every category) are collected in pre-order. */
    Explained scoreAll() {
        BigDecimal sum = Points.ZERO;
        List<FactIds> facts = new ArrayList<>();
        List<RuleRef> refs = new ArrayList<>();
        List<String> termIds = new ArrayList<>();
        List<BigDecimal> termValues = new ArrayList<>();
        for (Category top : index.topCategories()) {
            Explained c = score(top);
            sum = sum.add(c.value());
            facts.add(FactIds.of(c.factIds()));
            refs.add(RuleRef.of(Kind.CATEGORY, top.id()));
            termIds.add(top.name());
            termValues.add(c.value());
        }
        BigDecimal total = Points.share(sum);
        String[] ids = termIds.toArray(String[]::new);
        BigDecimal[] values = termValues.toArray(BigDecimal[]::new);
        return Explained.lazy(total, () -> terms(ids, values, "points.none", total, "points.sum"),
                join(facts), rules.of(refs.toArray(RuleRef[]::new)));
    }

    private Explained score(Category c) {
        int slot = categories.size();
        categories.add(null); // keep pre-order: the parent before its children
        BigDecimal sum = Points.ZERO;
        List<FactIds> parts = new ArrayList<>();
        List<String> termIds = new ArrayList<>();
        List<BigDecimal> termValues = new ArrayList<>();
        if (c.baseScore() != null && bases != null) {
            // the category's own base (rule 4) comes first, so the subtotal reads "base 55 + items …"
            Explained base = bases.apply(c);
            sum = sum.add(base.value());
            termIds.add(null); // the category's own base: named in the bundles, not by the scheme
            termValues.add(base.value());
        }
        for (Item item : index.itemsOf(c.id())) {
            List<Valued> valued = factsByItem.get(item.id());
            if (valued == null || valued.isEmpty()) {
                continue;
            }
            WindowCaps.Allowance allowance = windows == null ? null : windows.allowance(item, period);
            ItemResult r = ItemScorer.score(item, c, valued, rules, allowance);
            if (allowance != null) {
                windows.consume(allowance, item.id(), r.countedOccurrences(), r.capped().value());
            }
            items.add(r);
            sum = sum.add(r.signed().value());
            parts.add(FactIds.of(r.signed().factIds()));
            termIds.add(item.name());
            termValues.add(r.signed().value());
        }
        for (Category child : index.childrenOf(c.id())) {
            Explained x = score(child);
            sum = sum.add(x.value());
            parts.add(FactIds.of(x.factIds()));
            termIds.add(child.name());
            termValues.add(x.value());
        }
        BigDecimal raw = Points.share(sum);
        String[] ids = termIds.toArray(String[]::new);
        BigDecimal[] values = termValues.toArray(BigDecimal[]::new);
        FactIds facts = join(parts);
        RuleRef ref = RuleRef.of(Kind.CATEGORY, c.id());
        RuleRef capRef = RuleRef.of(Kind.CATEGORY_CAP, c.id());
        Explained rawX = Explained.lazy(raw, () -> terms(ids, values, "category.nothing", raw, "category.raw"), facts,
                c.baseScore() == null ? rules.of(ref) : rules.of(ref, RuleRef.of(Kind.CATEGORY_BASE, c.id())));
        // without a weight, raw × 1 rounded to scale 2 is raw itself
        BigDecimal weighted = c.hasWeight() ? Points.share(Points.times(raw, c.weight())) : raw;
        Explained weightedX = c.hasWeight()
                ? Explained.lazy(weighted, () -> Phrase.of("category.weighted", raw, c.weight(), weighted), facts,
                        rules.of(ref, RuleRef.of(Kind.WEIGHT, c.id())))
                : Explained.lazy(weighted, () -> Phrase.of("category.unweighted", weighted), facts, rules.of(ref));
        BigDecimal capped = c.cap().clamp(weighted);
        BigDecimal overflow = capped == weighted ? Points.ZERO : Points.share(weighted.subtract(capped));
        Explained cappedX = overflow.signum() == 0
                ? Explained.lazy(capped, () -> c.cap().isOpen() ? Phrase.of("category.uncapped", weighted)
                        : Phrase.of("category.withinCap", weighted, c.cap()), facts, rules.of(ref, capRef))
                : Explained.lazy(capped, () -> Phrase.of("category.clamped", weighted, c.cap(), capped), facts,
                        rules.of(ref, capRef));
        Explained overflowX = Explained.lazy(overflow, () -> Phrase.of("difference", weighted, capped, overflow),
                facts, rules.of(capRef));
        categories.set(slot, new CategoryResult(c.id(), c.parentId(), rawX, weightedX, cappedX, overflowX));
        return cappedX;
    }

    private FactIds join(List<FactIds> parts) {
        return distinctIds ? FactIds.concat(parts) : FactIds.distinctConcat(parts);
    }

    /** "name value + name value = total" (a null name is the category's own base), or {@code none} without terms. */
    private static Phrase terms(String[] names, BigDecimal[] values, String none, BigDecimal total, String sum) {
        if (names.length == 0) {
            return Phrase.of(none, total);
        }
        List<Phrase> terms = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            terms.add(names[i] == null ? Phrase.of("term.base", values[i]) : Phrase.of("term.named", names[i],
                    values[i]));
        }
        return Phrase.of(sum, terms, total);
    }
}
