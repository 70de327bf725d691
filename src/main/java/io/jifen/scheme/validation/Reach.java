package io.jifen.scheme.validation;

import static io.jifen.scheme.validation.Issues.at;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a scheme can reach at most, for the warnings: unreachable category caps, empty categories, unreachable top
 * tiers. Works on signed intervals [lo, hi] per category (after weight and cap; null = unbounded). An item without
 * count or points cap is unbounded (its category cap holds it); a category open for extension is assumed to be
 * filled by the branches up to its cap.
 */
final class Reach {

    private final SchemeVersion s;
    private final Map<String, BigDecimal[]> memo = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private Reach(SchemeVersion s) {
        this.s = s;
    }

    /** {@code categoryIndex} etc. give the index in the document being validated, or null to stay silent. */
    static void warn(SchemeVersion s, Function<String, Integer> categoryIndex, Function<String, Integer> itemIndex,
            Function<String, Integer> tierSchemeIndex, Issues out) {
        Reach r = new Reach(s);
        for (Category c : s.categories()) {
            Integer i = categoryIndex.apply(c.id());
            if (i == null || c.openForExtension()) {
                continue;
            }
            // a category with its own base (rule 4, S9 通用基础 55) gives points without any content
            boolean empty = c.baseScore() == null
                    && s.items().stream().noneMatch(it -> it.categoryId().equals(c.id()))
                    && s.categories().stream().noneMatch(sub -> c.id().equals(sub.parentId()));
            if (empty) {
                out.warning(at("categories", i), "category.empty", c.name());
                continue;
            }
            BigDecimal[] content = r.content(c);
            if (c.sign() == Sign.POSITIVE && c.cap().max() != null && content[1] != null
                    && content[1].compareTo(c.cap().max()) < 0) {
                out.warning(at("categories", i) + ".cap.max", "category.capUnreachable", c.name(), c.cap().max(),
                        content[1]);
            } else if (c.sign() == Sign.NEGATIVE && c.cap().min() != null && content[0] != null
                    && content[0].compareTo(c.cap().min()) > 0) {
                out.warning(at("categories", i) + ".cap.min", "category.capUnreachable", c.name(),
                        c.cap().min().negate(), content[0].negate());
            }
        }
        PeriodRule rule = s.periodRule();
        if (rule == null) {
            return;
        }
        BigDecimal points = BigDecimal.ZERO;
        for (Category c : s.categories()) {
            if (c.parentId() == null) {
                points = add(points, r.interval(c)[1]);
            }
        }
        BigDecimal base = s.memberClasses().stream().map(MemberClass::baseScore).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        for (int t = 0; t < s.tierSchemes().size(); t++) {
            TierScheme ts = s.tierSchemes().get(t);
            Integer index = tierSchemeIndex.apply(ts.id());
            Tier top = ts.tiers().getFirst();
            if (index == null || top.min() == null) {
                continue;
            }
            BigDecimal best = null;
            boolean unbounded = false;
            for (Level level : ts.levels()) {
                BigDecimal b = bound(rule, level, base, points);
                if (b == null) {
                    unbounded = true;
                } else if (best == null || b.compareTo(best) > 0) {
                    best = b;
                }
            }
            if (!unbounded && best != null && top.min().compareTo(best) > 0) {
                out.warning(at("tierSchemes", index) + ".tiers[0].min", "tierScheme.topUnreachable", ts.name(),
                        top.name(), top.min(), best);
            }
        }
    }

    /** Highest total a member can have at a level: null when unbounded. */
    private static BigDecimal bound(PeriodRule rule, Level level, BigDecimal base, BigDecimal points) {
        if (points == null) {
            return rule.totalCap();
        }
        BigDecimal n = BigDecimal.valueOf(12 / monthsOf(rule));
        BigDecimal b;
        boolean accumulated = rule.rollUp() == RollUp.BASE_PLUS_ACCUMULATED
                || (rule.rollUp() == RollUp.SUM && !rule.reset());
        if (level == Level.PERIOD) {
            b = rule.reset() ? base.add(points) : base.add(points.multiply(n));
        } else if (accumulated) {
            b = base.add(points.multiply(n));
        } else if (rule.rollUp() == RollUp.SUM) {
            b = base.add(points).multiply(n);
        } else {
            b = base.add(points);
        }
        return rule.totalCap() == null ? b : b.min(rule.totalCap());
    }

    private static int monthsOf(PeriodRule rule) {
        return rule.assessedUnit().months();
    }

    /** Signed [lo, hi] of a category's content: its items and sub-categories, × weight, before its own cap. */
    private BigDecimal[] content(Category c) {
        if (!visiting.add(c.id())) {
            return new BigDecimal[] {null, null}; // a cycle: reported as an error elsewhere
        }
        // a category's own base (rule 4) is granted whatever is recorded: it lifts both ends
        BigDecimal lo = c.baseScore() == null ? BigDecimal.ZERO : c.baseScore();
        BigDecimal hi = lo;
        for (Item i : s.items()) {
            if (i.categoryId().equals(c.id())) {
                BigDecimal m = magnitude(i);
                if (c.sign() == Sign.NEGATIVE) {
                    lo = m == null ? null : sub(lo, m);
                } else {
                    hi = add(hi, m);
                }
            }
        }
        for (Category sub : s.categories()) {
            if (c.id().equals(sub.parentId()) && sub != c) {
                BigDecimal[] in = interval(sub);
                lo = lo == null || in[0] == null ? null : lo.add(in[0]);
                hi = add(hi, in[1]);
            }
        }
        visiting.remove(c.id());
        if (c.openForExtension()) {
            if (c.sign() == Sign.NEGATIVE) {
                lo = null;
            } else {
                hi = null;
            }
        }
        return new BigDecimal[] {lo == null ? null : lo.multiply(c.weight()), hi == null ? null : hi.multiply(c.weight())};
    }

    /** Signed [lo, hi] of what a category contributes to its parent / the total (after its cap). */
    private BigDecimal[] interval(Category c) {
        BigDecimal[] cached = memo.get(c.id());
        if (cached != null) {
            return cached;
        }
        BigDecimal[] in = content(c);
        BigDecimal lo = in[0] == null ? c.cap().min() : c.cap().clamp(in[0]);
        BigDecimal hi = in[1] == null ? c.cap().max() : c.cap().clamp(in[1]);
        BigDecimal[] out = {lo, hi};
        memo.put(c.id(), out);
        return out;
    }

    /** Largest magnitude an item can give in one period; null = unbounded. */
    private static BigDecimal magnitude(Item i) {
        if (i.cap().maxPoints() != null) {
            return i.cap().maxPoints();
        }
        BigDecimal one = i.value().maxPerOccurrence();
        if (one.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return i.cap().maxCount() == null ? null : one.multiply(BigDecimal.valueOf(i.cap().maxCount()));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal sub(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
