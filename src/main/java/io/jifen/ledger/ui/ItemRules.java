package io.jifen.ledger.ui;

import com.vaadin.flow.component.Component;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An item's rule in one line, as a recorder needs it next to the picker: 「每次 2 分，每季最多 3 次」. */
final class ItemRules {

    private ItemRules() {
    }

    static String describe(Component c, Item item, PeriodUnit unit) {
        List<String> parts = new ArrayList<>();
        switch (item.value()) {
            case ValueRule.Fixed f -> parts.add(c.getTranslation("ledger.rule.fixed", plain(f.points())));
            case ValueRule.ReviewerRange r ->
                    parts.add(c.getTranslation("ledger.rule.range", plain(r.min()), plain(r.max())));
            case ValueRule.ByOption o -> parts.add(c.getTranslation("ledger.rule.options", o.options().size()));
        }
        OccurrenceCap cap = item.cap();
        String per = c.getTranslation("ledger.rule.per." + unit.name());
        if (cap.maxCount() != null) {
            parts.add(c.getTranslation("ledger.rule.maxCount", per, cap.maxCount()));
        }
        if (cap.maxPoints() != null) {
            parts.add(c.getTranslation("ledger.rule.maxPoints", per, plain(cap.maxPoints())));
        }
        if (item.evidenceRequired()) {
            parts.add(c.getTranslation("ledger.rule.evidence"));
        }
        return String.join(c.getTranslation("ledger.rule.separator"), parts);
    }

    /** The items in the order of their categories, then their own order; labelled 「类别 · 指标」. */
    static List<Item> grouped(SchemeVersion scheme, List<Item> items) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < scheme.categories().size(); i++) {
            order.put(scheme.categories().get(i).id(), i);
        }
        return items.stream().sorted(Comparator.<Item>comparingInt(i -> order.getOrDefault(i.categoryId(), 999))
                .thenComparingInt(Item::order)).toList();
    }

    static Function<Item, String> label(SchemeVersion scheme) {
        Map<String, String> names = scheme.categories().stream()
                .collect(Collectors.toMap(Category::id, Category::name, (a, b) -> a));
        return i -> names.getOrDefault(i.categoryId(), "") + " · " + i.name();
    }

    static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
