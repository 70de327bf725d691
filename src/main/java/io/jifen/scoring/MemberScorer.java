package io.jifen.scoring;

import io.jifen.scoring.ItemScorer.Valued;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scores the assessed periods of one member (ranks come later, they need everybody). Membership is inclusive on
 * both ends; a period the member does not touch is skipped; a partly covered period follows the scheme's
 * {@link PartialPeriodPolicy}.
 */
final class MemberScorer {

    private final SchemeIndex index;
    private final PeriodRule rule;
    private final Consumer<IgnoredFact> ignored;

    MemberScorer(SchemeIndex index, Consumer<IgnoredFact> ignored) {
        this.index = index;
        this.rule = index.scheme.periodRule();
        this.ignored = ignored;
    }

    /** @param facts the member's confirmed facts inside the evaluated range, sorted by date then id */
    List<PeriodResult> score(ScoredMember m, MemberClass mc, List<Period> assessed, List<Fact> facts) {
        List<PeriodResult> out = new ArrayList<>();
        BigDecimal carried = Points.ZERO;
        List<String> carriedFacts = new ArrayList<>();
        int year = -1;
        int next = 0;
        for (Period p : assessed) {
            if (p.year() != year) {
                year = p.year();
                carried = Points.ZERO;
                carriedFacts = new ArrayList<>();
            }
            List<Fact> inPeriod = new ArrayList<>();
            while (next < facts.size() && !facts.get(next).date().isAfter(p.end())) {
                inPeriod.add(facts.get(next++));
            }
            long covered = p.overlapDays(m.transferredIn(), m.transferredOut());
            if (covered == 0) {
                inPeriod.forEach(f -> ignore(f, Reason.OUTSIDE_MEMBERSHIP, "not a member in " + p));
                continue;
            }
            if (covered < p.days() && rule.partialPeriods() == PartialPeriodPolicy.COVERED_ONLY) {
                inPeriod.forEach(f -> ignore(f, Reason.PARTIAL_PERIOD_NOT_ASSESSED,
                        "member covers only " + covered + " of " + p.days() + " days of " + p));
                continue;
            }
            PeriodResult r = scorePeriod(m, mc, p, covered, inPeriod, carried, carriedFacts);
            if (!rule.reset()) {
                carried = carried.add(r.points().value());
                carriedFacts.addAll(r.points().factIds());
            }
            out.add(r);
        }
        return out;
    }

    private PeriodResult scorePeriod(ScoredMember m, MemberClass mc, Period p, long covered, List<Fact> facts,
            BigDecimal carried, List<String> carriedFacts) {
        Map<String, List<Valued>> byItem = new LinkedHashMap<>();
        List<String> vetoFacts = new ArrayList<>();
        for (Fact f : facts) {
            Item item = index.items.get(f.itemId());
            if (!m.isMemberOn(f.date())) {
                ignore(f, Reason.OUTSIDE_MEMBERSHIP, "dated " + f.date() + ", outside membership");
            } else if (!item.appliesTo(mc.id(), m.status())) {
                ignore(f, Reason.NOT_APPLICABLE, "item " + item.id() + " does not apply to class " + mc.id()
                        + " / status " + m.status());
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
        CategoryScorer cs = new CategoryScorer(index, byItem);
        Explained points = cs.scoreAll();
        BigDecimal coverage = BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(p.days()), 4,
                RoundingMode.HALF_UP);
        Explained base = rule.reset() ? base(mc, covered, p.days(), "period " + p)
                : base(mc, Period.year(p.year()).overlapDays(m.transferredIn(), m.transferredOut()),
                        Period.year(p.year()).days(), "year " + p.year() + " (no reset: base once a year)");
        Explained carriedX = Explained.of(carried, rule.reset() ? "period rule resets: nothing carried"
                : "points of earlier periods of " + p.year() + " = " + carried.toPlainString(), carriedFacts,
                RuleRef.of(Kind.PERIOD_RULE, index.scheme.id()));
        BigDecimal rawTotal = base.value().add(carried).add(points.value());
        List<String> allFacts = new ArrayList<>(carriedFacts);
        allFacts.addAll(points.factIds());
        Explained rawX = Explained.of(rawTotal, "base " + base.value().toPlainString() + " + carried "
                + carried.toPlainString() + " + points " + points.value().toPlainString() + " = "
                + rawTotal.toPlainString(), allFacts, RuleRef.of(Kind.MEMBER_CLASS, mc.id()),
                RuleRef.of(Kind.PERIOD_RULE, index.scheme.id()));
        Capped capped = Capped.apply(rule, rawX);
        return new PeriodResult(p, coverage, base, carriedX, cs.items, cs.categories, points, rawX, capped.total(),
                capped.overflow(), capped.reward(), !vetoFacts.isEmpty(), vetoFacts,
                Grading.tiers(index.scheme, Level.PERIOD, capped.total(), !vetoFacts.isEmpty(), vetoFacts), null,
                null);
    }

    /** Class base for a span the member covered {@code covered} of {@code days} days, per the partial policy. */
    Explained base(MemberClass mc, long covered, long days, String span) {
        RuleRef ref = RuleRef.of(Kind.MEMBER_CLASS, mc.id());
        if (covered >= days || rule.partialPeriods() != PartialPeriodPolicy.PRO_RATE_BASE) {
            return Explained.of(mc.baseScore(), "class " + mc.id() + " base " + mc.baseScore().toPlainString()
                    + " for " + span, List.of(), ref);
        }
        BigDecimal v = Points.divide(mc.baseScore().multiply(BigDecimal.valueOf(covered)), BigDecimal.valueOf(days));
        return Explained.of(v, "class " + mc.id() + " base " + mc.baseScore().toPlainString() + " × " + covered + "/"
                + days + " days of " + span + " = " + v.toPlainString(), List.of(), ref,
                RuleRef.of(Kind.PARTIAL_PERIOD, index.scheme.id()));
    }

    private void ignore(Fact f, Reason reason, String detail) {
        ignored.accept(new IgnoredFact(f.id(), reason, detail));
    }
}
