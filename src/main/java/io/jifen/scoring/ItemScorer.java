package io.jifen.scoring;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.NumberBound;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
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
                            Phrase.of("ignored.unknownOption", fact.option(), item.name())));
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
                    Phrase.of("ignored.outOfRange", v, min, max)));
            return null;
        }
        return v;
    }

    /**
     * @param valued facts paired with their per-occurrence value, in date order. Sums run on long cents (points have
     *               scale 2 and a count is a whole number, so this is exact); the formulas are rendered on demand
     *               from the values, counts and ids kept here.
     * @throws ArithmeticException when a sum leaves the exact range (a long of cents, an int of occurrences) instead
     *               of wrapping around; values within {@link NumberBound} never get there
     */
    static ItemResult score(Item item, Category category, List<Valued> valued, Rules rules) {
        return score(item, category, valued, rules, null);
    }

    /**
     * @param window what the item's window cap still allows in this period (rule 1), null without window cap; it
     *               acts as a tighter count / points cap when it is below the item's own per-period cap
     */
    static ItemResult score(Item item, Category category, List<Valued> valued, Rules rules,
            WindowCaps.Allowance window) {
        Limits limits = Limits.of(item, window);
        Integer maxCount = limits.maxCount();
        int n = valued.size();
        Sums sums = new Sums(n, maxCount == null ? Integer.MAX_VALUE : maxCount);
        for (int i = 0; i < n; i++) {
            sums.add(i, item, valued.get(i));
        }
        String[] ids = sums.ids;
        BigDecimal[] values = sums.values;
        int[] counts = sums.counts;
        BigDecimal rawV = Points.ofCents(sums.raw);
        BigDecimal countedV = sums.counted == sums.raw ? rawV : Points.ofCents(sums.counted);
        FactIds rawIds = FactIds.leaf(ids, n);
        FactIds countedIds = sums.countedFacts == n ? rawIds : FactIds.leaf(ids, sums.countedFacts);
        Explained rawX = Explained.lazy(rawV, () -> Phrase.of("item.raw", terms(ids, values, counts), rawV),
                rawIds, rules.item(item.id()));
        boolean countCut = sums.countedOcc < sums.occurrences;
        BigDecimal maxPoints = limits.maxPoints();
        boolean pointsCut = maxPoints != null && countedV.compareTo(maxPoints) > 0;
        boolean windowCut = countCut && limits.windowCount() || pointsCut && limits.windowPoints();
        BigDecimal capped = pointsCut ? maxPoints : countedV;
        List<RuleRef> ownRules = !countCut && !pointsCut ? rules.item(item.id())
                : countCut && pointsCut ? rules.itemBothCaps(item.id())
                : countCut ? rules.itemCountCap(item.id()) : rules.itemPointsCap(item.id());
        List<RuleRef> cappedRules = windowCut ? rules.withWindowCap(ownRules, item.id()) : ownRules;
        int occ = sums.occurrences;
        // nothing cut: same value, formula, ids and rules as the raw figure, so the same object
        Explained cappedX = !countCut && !pointsCut ? rawX
                : Explained.lazy(capped, () -> {
                    Phrase p = rawX.explanation();
                    p = countCut ? Phrase.of("item.countCap", p, maxCount, occ, countedV) : p;
                    p = pointsCut ? Phrase.of("item.pointsCap", p, maxPoints, capped) : p;
                    return windowCut ? limits.windowNote(p) : p;
                }, countedIds, cappedRules);
        BigDecimal signed = Points.share(category.sign().apply(capped));
        Explained signedX = Explained.lazy(signed, () -> Phrase.of("item.signed", category.sign(), capped, signed),
                countedIds, rules.itemInCategory(item.id(), category.id()));
        return new ItemResult(item.id(), category.id(), occ, sums.countedOcc, rawX, cappedX, signedX);
    }

    /**
     * The count and points caps that hold in this period: the item's own, or what its window cap still allows
     * (rule 1) when that is tighter; the flags say which one it is.
     */
    private record Limits(Integer maxCount, boolean windowCount, BigDecimal maxPoints, boolean windowPoints,
            WindowCaps.Allowance window) {

        static Limits of(Item item, WindowCaps.Allowance window) {
            Integer ownCount = item.cap().maxCount();
            BigDecimal ownPoints = item.cap().maxPoints();
            if (window == null) {
                return new Limits(ownCount, false, ownPoints, false, null);
            }
            boolean count = window.count() != null && (ownCount == null || window.count() < ownCount);
            boolean points = window.points() != null
                    && (ownPoints == null || window.points().compareTo(ownPoints) < 0);
            return new Limits(count ? window.count() : ownCount, count, points ? window.points() : ownPoints,
                    points, window);
        }

        /** {@code before}, then what the item's window cap still allowed in its window. */
        Phrase windowNote(Phrase before) {
            Phrase allows = windowCount && windowPoints ? Phrase.of("window.countAndPoints", window.count(),
                    window.points()) : windowCount ? Phrase.of("window.count", window.count())
                    : Phrase.of("window.points", window.points());
            return Phrase.of("item.window", before, window.cap().window(), window.window(), allows);
        }
    }

    /** Running sums over one item's facts: exact long cents and int occurrences, checked, never wrapping. */
    private static final class Sums {
        final String[] ids;
        final BigDecimal[] values;
        final int[] counts;
        long raw;
        long counted;
        int occurrences;
        int countedOcc;
        int countedFacts;
        private int remaining;

        Sums(int n, int maxCount) {
            ids = new String[n];
            values = new BigDecimal[n];
            counts = new int[n];
            remaining = maxCount;
        }

        void add(int i, Item item, Valued v) {
            int count = v.fact().count();
            int taken = Math.min(count, remaining);
            remaining -= taken;
            try {
                occurrences = Math.addExact(occurrences, count);
                countedOcc += taken; // taken ≤ count, so never above occurrences
                long cents = Points.scale(v.value()).unscaledValue().longValueExact();
                raw = Math.addExact(raw, Math.multiplyExact(cents, count));
                counted = Math.addExact(counted, cents * taken); // |cents × taken| ≤ |cents × count|: checked
            } catch (ArithmeticException e) {
                throw overflow(item, v, e);
            }
            ids[i] = v.fact().id();
            values[i] = v.value();
            counts[i] = count;
            if (taken > 0) {
                countedFacts++; // taken > 0 only while the count cap is not used up: a prefix
            }
        }
    }

    private static ArithmeticException overflow(Item item, Valued v, ArithmeticException cause) {
        ArithmeticException e = new ArithmeticException("item " + item.id() + ", fact " + v.fact().id() + " ("
                + Points.fmt(v.value()) + " × " + v.fact().count() + "): the item's sum for member "
                + v.fact().memberId() + " leaves the exact range; points per occurrence are bounded by "
                + NumberBound.POINTS.max().toPlainString() + " and counts by "
                + NumberBound.COUNT.max().toPlainString());
        e.initCause(cause);
        return e;
    }

    /** One term per fact: value × count [fact id]. */
    private static List<Phrase> terms(String[] ids, BigDecimal[] values, int[] counts) {
        List<Phrase> terms = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            terms.add(Phrase.of("term.fact", values[i], counts[i], ids[i]));
        }
        return terms;
    }

    record Valued(Fact fact, BigDecimal value) {
    }
}
