package io.jifen.scoring;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Scores one item for one member-period from its facts (already sorted by date, then id, so caps are stable). */
final class ItemScorer {

    private ItemScorer() {
    }

    /** The value of one occurrence, or null when the fact does not fit the item's value rule. */
    static BigDecimal valueOf(Item item, Fact fact, Consumer<IgnoredFact> ignored) {
        return switch (item.value()) {
            case ValueRule.Fixed f -> f.points();
            case ValueRule.ReviewerRange r -> inRange(fact, r.min(), r.max(), ignored);
            case ValueRule.ByOption o -> {
                ValueOption opt = fact.option() == null ? null : o.option(fact.option()).orElse(null);
                if (opt == null) {
                    ignored.accept(new IgnoredFact(fact.id(), Reason.INVALID_VALUE,
                            "unknown option " + fact.option() + " for item " + item.id()));
                    yield null;
                }
                yield opt.isFixed() ? opt.min() : inRange(fact, opt.min(), opt.max(), ignored);
            }
        };
    }

    private static BigDecimal inRange(Fact fact, BigDecimal min, BigDecimal max, Consumer<IgnoredFact> ignored) {
        BigDecimal v = fact.value();
        if (v == null || v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            ignored.accept(new IgnoredFact(fact.id(), Reason.INVALID_VALUE,
                    "value " + Points.fmt(v) + " outside [" + min + ", " + max + "]"));
            return null;
        }
        return v;
    }

    /** @param valued facts paired with their per-occurrence value, in date order */
    static ItemResult score(Item item, Category category, List<Valued> valued) {
        Integer maxCount = item.cap().maxCount();
        int remaining = maxCount == null ? Integer.MAX_VALUE : maxCount;
        BigDecimal raw = Points.ZERO;
        BigDecimal counted = Points.ZERO;
        int occurrences = 0;
        int countedOcc = 0;
        List<String> ids = new ArrayList<>();
        List<String> countedIds = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (Valued v : valued) {
            int taken = Math.min(v.fact().count(), remaining);
            remaining -= taken;
            occurrences += v.fact().count();
            countedOcc += taken;
            raw = raw.add(Points.times(v.value(), BigDecimal.valueOf(v.fact().count())));
            counted = counted.add(Points.times(v.value(), BigDecimal.valueOf(taken)));
            ids.add(v.fact().id());
            if (taken > 0) {
                countedIds.add(v.fact().id());
            }
            terms.append(terms.isEmpty() ? "" : " + ").append(v.value().toPlainString()).append('×')
                    .append(v.fact().count()).append(" [").append(v.fact().id()).append(']');
        }
        RuleRef itemRef = RuleRef.of(Kind.ITEM, item.id());
        Explained rawX = Explained.of(raw, terms + " = " + raw.toPlainString(), ids, itemRef);
        List<RuleRef> rules = new ArrayList<>(List.of(itemRef));
        String formula = rawX.formula();
        if (countedOcc < occurrences) {
            rules.add(RuleRef.of(Kind.ITEM_COUNT_CAP, item.id()));
            formula += "; count cap " + maxCount + " of " + occurrences + " → " + counted.toPlainString();
        }
        BigDecimal capped = counted;
        BigDecimal maxPoints = item.cap().maxPoints();
        if (maxPoints != null && counted.compareTo(maxPoints) > 0) {
            capped = maxPoints;
            rules.add(RuleRef.of(Kind.ITEM_POINTS_CAP, item.id()));
            formula += "; points cap " + maxPoints.toPlainString() + " → " + capped.toPlainString();
        }
        Explained cappedX = new Explained(capped, formula, countedIds, rules);
        BigDecimal signed = category.sign().apply(capped);
        Explained signedX = new Explained(signed, category.sign() + " " + capped.toPlainString() + " = "
                + signed.toPlainString(), countedIds, List.of(itemRef, RuleRef.of(Kind.CATEGORY, category.id())));
        return new ItemResult(item.id(), category.id(), occurrences, countedOcc, rawX, cappedX, signedX);
    }

    record Valued(Fact fact, BigDecimal value) {
    }
}
