package io.jifen.scoring;

import io.jifen.scoring.ItemScorer.Valued;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the category tree bottom-up for one member-period. Order per category: signed sum of items and
 * sub-categories → × weight → clamp by cap. Weight comes before the cap because S10 caps 评议 at 25 after "× 50 %".
 */
final class CategoryScorer {

    private final SchemeIndex index;
    private final Map<String, List<Valued>> factsByItem;
    final List<ItemResult> items = new ArrayList<>();
    final List<CategoryResult> categories = new ArrayList<>();

    CategoryScorer(SchemeIndex index, Map<String, List<Valued>> factsByItem) {
        this.index = index;
        this.factsByItem = factsByItem;
    }

    /** Scores every top-level category; results (items with facts, every category) are collected in pre-order. */
    Explained scoreAll() {
        BigDecimal sum = Points.ZERO;
        List<String> facts = new ArrayList<>();
        List<RuleRef> rules = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (Category top : index.topCategories()) {
            Explained c = score(top);
            sum = sum.add(c.value());
            facts.addAll(c.factIds());
            rules.add(RuleRef.of(Kind.CATEGORY, top.id()));
            terms.append(terms.isEmpty() ? "" : " + ").append(top.id()).append(' ').append(c.value().toPlainString());
        }
        return new Explained(sum, (terms.isEmpty() ? "no categories" : terms) + " = " + sum.toPlainString(), facts,
                rules);
    }

    private Explained score(Category c) {
        int slot = categories.size();
        categories.add(null); // keep pre-order: the parent before its children
        BigDecimal raw = Points.ZERO;
        List<String> facts = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (Item item : index.itemsOf(c.id())) {
            List<Valued> valued = factsByItem.get(item.id());
            if (valued == null || valued.isEmpty()) {
                continue;
            }
            ItemResult r = ItemScorer.score(item, c, valued);
            items.add(r);
            raw = raw.add(r.signed().value());
            facts.addAll(r.signed().factIds());
            terms.append(terms.isEmpty() ? "" : " + ").append(item.id()).append(' ')
                    .append(r.signed().value().toPlainString());
        }
        for (Category child : index.childrenOf(c.id())) {
            Explained x = score(child);
            raw = raw.add(x.value());
            facts.addAll(x.factIds());
            terms.append(terms.isEmpty() ? "" : " + ").append(child.id()).append(' ')
                    .append(x.value().toPlainString());
        }
        RuleRef ref = RuleRef.of(Kind.CATEGORY, c.id());
        Explained rawX = Explained.of(raw, (terms.isEmpty() ? "nothing recorded" : terms) + " = "
                + raw.toPlainString(), facts, ref);
        BigDecimal weighted = Points.times(raw, c.weight());
        Explained weightedX = c.hasWeight()
                ? Explained.of(weighted, raw.toPlainString() + " × " + c.weight().toPlainString() + " = "
                        + weighted.toPlainString(), facts, ref, RuleRef.of(Kind.WEIGHT, c.id()))
                : Explained.of(weighted, "no weight: " + weighted.toPlainString(), facts, ref);
        BigDecimal capped = c.cap().clamp(weighted);
        BigDecimal overflow = weighted.subtract(capped);
        Explained cappedX = overflow.signum() == 0
                ? Explained.of(capped, weighted.toPlainString() + " within cap " + c.cap(), facts, ref,
                        RuleRef.of(Kind.CATEGORY_CAP, c.id()))
                : Explained.of(capped, weighted.toPlainString() + " clamped to cap " + c.cap() + " = "
                        + capped.toPlainString(), facts, ref, RuleRef.of(Kind.CATEGORY_CAP, c.id()));
        Explained overflowX = Explained.of(overflow, weighted.toPlainString() + " − " + capped.toPlainString()
                + " = " + overflow.toPlainString(), facts, RuleRef.of(Kind.CATEGORY_CAP, c.id()));
        categories.set(slot, new CategoryResult(c.id(), c.parentId(), rawX, weightedX, cappedX, overflowX));
        return cappedX;
    }
}
