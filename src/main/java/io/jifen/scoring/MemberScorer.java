package io.jifen.scoring;

import io.jifen.scoring.ItemScorer.Valued;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Scores the assessed periods of one member (ranks come later, they need everybody). Membership is inclusive on
 * both ends; a period the member does not touch is skipped; a partly covered period follows the scheme's
 * {@link PartialPeriodPolicy}.
 */
final class MemberScorer {

    private static final BigDecimal FULL_COVERAGE = BigDecimal.ONE.setScale(4);

    private final SchemeIndex index;
    private final PeriodRule rule;
    private final Consumer<IgnoredFact> ignored;
    private final Rules rules;

    MemberScorer(SchemeIndex index, Consumer<IgnoredFact> ignored) {
        this.index = index;
        this.rule = index.scheme.periodRule();
        this.ignored = ignored;
        this.rules = index.rules;
    }

    /** @param facts the member's confirmed facts inside the evaluated range, sorted by date then id */
    List<PeriodResult> score(ScoredMember m, MemberClass mc, List<Period> assessed, List<Fact> facts) {
        boolean distinctIds = distinctIds(facts);
        List<PeriodResult> out = new ArrayList<>();
        BigDecimal carried = Points.ZERO;
        FactIds carriedFacts = FactIds.empty();
        Period year = null;
        List<List<Fact>> byPeriod = byPeriod(assessed, facts);
        WindowCaps windows = new WindowCaps(rule.yearStartMonth());
        for (int k = 0; k < assessed.size(); k++) {
            Period p = assessed.get(k);
            if (!rule.evaluationYearOf(p.start()).equals(year)) {
                year = rule.evaluationYearOf(p.start());
                carried = Points.ZERO;
                carriedFacts = FactIds.empty();
            }
            List<Fact> inPeriod = byPeriod.get(k);
            long covered = p.overlapDays(m.transferredIn(), m.transferredOut());
            if (covered == 0) {
                inPeriod.forEach(f -> ignore(f, Reason.OUTSIDE_MEMBERSHIP, Phrase.of("ignored.notMemberIn", p)));
                continue;
            }
            if (covered < p.days() && rule.partialPeriods() == PartialPeriodPolicy.COVERED_ONLY) {
                inPeriod.forEach(f -> ignore(f, Reason.PARTIAL_PERIOD_NOT_ASSESSED,
                        Phrase.of("ignored.partialPeriod", covered, p.days(), p)));
                continue;
            }
            PeriodResult r = scorePeriod(m, mc, p, covered, inPeriod, carried, carriedFacts, distinctIds, windows);
            if (!rule.reset()) {
                carried = Points.share(carried.add(r.points().value()));
                carriedFacts = join(distinctIds, carriedFacts, FactIds.of(r.points().factIds()));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The facts of each assessed period, in (date, id) order. A fact of a category with its own rhythm (rule 3)
     * counts in the period that closes its window (S10 评议 of the first half-year counts in Q2); when that period
     * lies after the evaluated range the fact is listed as ignored.
     */
    private List<List<Fact>> byPeriod(List<Period> assessed, List<Fact> facts) {
        TreeMap<LocalDate, Integer> starts = new TreeMap<>();
        List<List<Fact>> out = new ArrayList<>();
        for (int k = 0; k < assessed.size(); k++) {
            starts.put(assessed.get(k).start(), k);
            out.add(new ArrayList<>());
        }
        for (Fact f : facts) {
            PeriodUnit rhythm = index.rhythmOf(f.itemId());
            LocalDate counted = rhythm == null ? f.date() : rhythm.windowOf(f.date(), rule.yearStartMonth()).end();
            var at = starts.floorEntry(counted);
            if (at == null || !assessed.get(at.getValue()).contains(counted)) {
                ignore(f, Reason.WINDOW_NOT_CLOSED, Phrase.of("ignored.windowNotClosed", rhythm, f.date(), counted));
            } else {
                out.get(at.getValue()).add(f);
            }
        }
        return out;
    }

    /** True when no two of the facts share an id (a well-formed ledger): then fact-id lists are shared, not merged. */
    static boolean distinctIds(List<Fact> facts) {
        Set<String> seen = new HashSet<>(facts.size() * 2);
        for (Fact f : facts) {
            if (!seen.add(f.id())) {
                return false;
            }
        }
        return true;
    }

    static FactIds join(boolean distinctIds, FactIds a, FactIds b) {
        return distinctIds ? FactIds.concat(List.of(a, b)) : FactIds.distinctConcat(List.of(a, b));
    }

    private PeriodResult scorePeriod(ScoredMember m, MemberClass mc, Period p, long covered, List<Fact> facts,
            BigDecimal carried, FactIds carriedFacts, boolean distinctIds, WindowCaps windows) {
        Map<String, List<Valued>> byItem = new LinkedHashMap<>();
        List<String> vetoFacts = new ArrayList<>();
        for (Fact f : facts) {
            Item item = index.items.get(f.itemId());
            if (!m.isMemberOn(f.date())) {
                ignore(f, Reason.OUTSIDE_MEMBERSHIP, Phrase.of("ignored.outsideMembership", f.date()));
            } else if (!item.appliesTo(mc.id(), m.status())) {
                ignore(f, Reason.NOT_APPLICABLE, Phrase.of("ignored.notApplicable", item.name(), mc.name(),
                        m.status()));
            } else {
                BigDecimal v = ItemScorer.valueOf(item, f, ignored);
                if (v != null) {
                    byItem.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(new Valued(f, v));
                    if (item.veto()) {
                        vetoFacts.add(f.id());
                    }
                }
            }
        }
        CategoryScorer cs = new CategoryScorer(index, byItem, distinctIds, p, windows,
                c -> categoryBase(c, covered, p));
        Explained points = cs.scoreAll();
        BigDecimal coverage = covered == p.days() ? FULL_COVERAGE
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(p.days()), 4, RoundingMode.HALF_UP);
        Explained base = rule.reset() ? base(mc, covered, p.days(), () -> Phrase.of("span.period", p))
                : base(mc, rule.evaluationYearOf(p.start()).overlapDays(m.transferredIn(), m.transferredOut()),
                        rule.evaluationYearOf(p.start()).days(), () -> Phrase.of("span.yearNoReset", yearLabel(p)));
        Explained carriedX = rule.reset()
                ? new Explained(carried, Phrase.of("carried.reset"), carriedFacts, rules.of(periodRuleRef()))
                : Explained.lazy(carried, () -> Phrase.of("carried.earlier", yearLabel(p), carried), carriedFacts,
                        rules.of(periodRuleRef()));
        BigDecimal rawTotal = Points.share(base.value().add(carried).add(points.value()));
        FactIds allFacts = join(distinctIds, carriedFacts, FactIds.of(points.factIds()));
        Explained rawX = Explained.lazy(rawTotal, () -> rule.reset()
                ? Phrase.of("period.rawReset", base.value(), points.value(), rawTotal)
                : Phrase.of("period.raw", base.value(), carried, points.value(), rawTotal), allFacts, rules.of(RuleRef.of(Kind.MEMBER_CLASS, mc.id()),
                periodRuleRef()));
        Capped capped = Capped.apply(rule, rawX, rules);
        return new PeriodResult(p, coverage, base, carriedX, cs.items, cs.categories, points, rawX, capped.total(),
                capped.overflow(), capped.reward(), !vetoFacts.isEmpty(), vetoFacts,
                Grading.tiers(index.scheme, rules, Level.PERIOD, capped.total(), !vetoFacts.isEmpty(), vetoFacts),
                null, null);
    }

    private RuleRef periodRuleRef() {
        return RuleRef.of(Kind.PERIOD_RULE, index.scheme.id());
    }

    /** Class base for a span the member covered {@code covered} of {@code days} days, per the partial policy. */
    Explained base(MemberClass mc, long covered, long days, Supplier<Phrase> span) {
        RuleRef ref = RuleRef.of(Kind.MEMBER_CLASS, mc.id());
        if (covered >= days || rule.partialPeriods() != PartialPeriodPolicy.PRO_RATE_BASE) {
            return Explained.lazy(mc.baseScore(), () -> Phrase.of("base.class", mc.name(), mc.baseScore(),
                    span.get()), FactIds.empty(), rules.of(ref));
        }
        BigDecimal v = Points.share(Points.divide(mc.baseScore().multiply(BigDecimal.valueOf(covered)),
                BigDecimal.valueOf(days)));
        return Explained.lazy(v, () -> Phrase.of("base.classProRated", mc.name(), mc.baseScore(), covered, days,
                span.get(), v), FactIds.empty(),
                rules.of(ref, RuleRef.of(Kind.PARTIAL_PERIOD, index.scheme.id())));
    }

    /** The year 2025 for a calendar evaluation year, else its dates (an evaluation year from July to June). */
    private Object yearLabel(Period p) {
        return rule.yearStartMonth() == 1 ? (Object) p.year() : rule.evaluationYearOf(p.start());
    }

    /** A category's own base for the period (rule 4), pro-rated like a class base. */
    private Explained categoryBase(Category c, long covered, Period p) {
        RuleRef ref = RuleRef.of(Kind.CATEGORY_BASE, c.id());
        BigDecimal full = c.baseScore();
        if (covered >= p.days() || rule.partialPeriods() != PartialPeriodPolicy.PRO_RATE_BASE) {
            return Explained.lazy(full, () -> Phrase.of("base.category", c.name(), full, p), FactIds.empty(),
                    rules.of(ref));
        }
        BigDecimal v = Points.share(Points.divide(full.multiply(BigDecimal.valueOf(covered)),
                BigDecimal.valueOf(p.days())));
        return Explained.lazy(v, () -> Phrase.of("base.categoryProRated", c.name(), full, covered, p.days(), p, v),
                FactIds.empty(),
                rules.of(ref, RuleRef.of(Kind.PARTIAL_PERIOD, index.scheme.id())));
    }

    private void ignore(Fact f, Reason reason, Phrase detail) {
        ignored.accept(new IgnoredFact(f.id(), reason, detail));
    }
}
