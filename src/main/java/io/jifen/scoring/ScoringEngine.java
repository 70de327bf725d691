package io.jifen.scoring;

import io.jifen.scoring.Ranks.Ranked;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.AssignedTierResult;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.Results;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring engine: DOMAIN.md in code. A pure function of an effective scheme version, the members, the ledger
 * facts and the evaluated range — same input, same output, no I/O, nothing mutated.
 *
 * <p>Steps: sort out facts that cannot count (not confirmed, unknown, outside the range) → score each member's
 * assessed periods (items → categories → base + points → total cap → period tiers) → rank every period → roll up
 * the interim periods, if the period rule has them, and rank them → roll up each evaluation year (→ annual tiers,
 * eligibility) → rank every year → consequences. Exempt members graded directly get the assembly's tiers instead.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * @param period the evaluated range; it must start and end on boundaries of the scheme's assessed unit, counted
     *               from the evaluation year's first month (a year or a quarter for a quarterly scheme, one or more
     *               whole years for a yearly one)
     */
    public static Results evaluate(SchemeVersion scheme, List<ScoredMember> members, List<Fact> facts,
            Period period) {
        Evaluation e = new Evaluation(scheme, period);
        for (ScoredMember m : members) {
            if (e.byId.putIfAbsent(m.id(), m) != null) {
                throw new IllegalArgumentException("duplicate member " + m.id());
            }
            if (!e.index.classes.containsKey(m.classId())) {
                throw new IllegalArgumentException("member " + m.id() + ": unknown member class " + m.classId());
            }
        }
        e.scoreMembers(facts);
        e.rankPeriodsAndInterims();
        e.rollYears();
        return e.results();
    }

    /** The state of one evaluation, step by step. */
    private static final class Evaluation {
        final SchemeIndex index;
        final PeriodRule rule;
        final Period period;
        final List<Period> assessed;
        final List<IgnoredFact> ignored = new ArrayList<>();
        final Map<String, ScoredMember> byId = new LinkedHashMap<>();
        final MemberScorer scorer;
        final Ranks ranks;
        final Map<String, List<PeriodResult>> periods = new LinkedHashMap<>();
        final Map<String, ExemptionRule> exemptions = new HashMap<>();
        final Map<String, List<AssignedTierResult>> assigned = new HashMap<>();
        final Map<String, List<Phrase>> notes = new HashMap<>();
        final Map<String, List<InterimResult>> interims = new LinkedHashMap<>();
        final Map<String, List<AnnualResult>> years = new LinkedHashMap<>();

        Evaluation(SchemeVersion scheme, Period period) {
            this.index = new SchemeIndex(scheme);
            this.rule = scheme.periodRule();
            this.period = period;
            this.assessed = rule.assessedUnit().split(period, rule.yearStartMonth());
            this.scorer = new MemberScorer(index, ignored::add);
            this.ranks = new Ranks(index, byId);
        }

        void scoreMembers(List<Fact> facts) {
            Map<String, List<Fact>> tierFacts = new HashMap<>();
            Map<String, List<Fact>> factsByMember = triage(index, byId, facts, period, ignored, tierFacts);
            for (ScoredMember m : byId.values()) {
                MemberClass mc = index.classes.get(m.classId());
                List<Fact> mine = factsByMember.getOrDefault(m.id(), List.of());
                notes.put(m.id(), new ArrayList<>());
                boolean exempt = m.exempt() && mc.exemption() != ExemptionRule.NOT_ALLOWED;
                assignTiers(m, exempt && mc.exemption() == ExemptionRule.GRADE_DIRECTLY,
                        tierFacts.getOrDefault(m.id(), List.of()));
                if (exempt) {
                    exemptions.put(m.id(), mc.exemption());
                    mine.forEach(f -> ignored.add(new IgnoredFact(f.id(), Reason.MEMBER_EXEMPT,
                            Phrase.of("ignored.memberExempt", mc.exemption()))));
                    periods.put(m.id(), List.of());
                    continue;
                }
                if (m.exempt()) {
                    notes.get(m.id()).add(Phrase.of("note.exemptionIgnored", mc.name()));
                }
                periods.put(m.id(), scorer.score(m, mc, assessed, mine));
            }
        }

        /** Rule 5: tiers given directly count only for an exempt member of a class graded directly. */
        private void assignTiers(ScoredMember m, boolean gradedDirectly, List<Fact> tierFacts) {
            if (gradedDirectly) {
                assigned.put(m.id(), AssignedTiers.of(index, assessed, tierFacts));
                return;
            }
            tierFacts.forEach(f -> ignored.add(new IgnoredFact(f.id(), Reason.TIER_NOT_ASSIGNABLE,
                    Phrase.of("ignored.tierNotAssignable", m.id()))));
        }

        void rankPeriodsAndInterims() {
            Map<String, Map<Period, Ranked>> periodRanks = ranks.periods(periods);
            periods.replaceAll((id, ps) -> ps.stream().map(p -> {
                Ranked r = periodRanks.getOrDefault(id, Map.of()).get(p.period());
                return r == null ? p : p.withRanks(r.unit(), r.organization());
            }).toList());
            byId.keySet().forEach(id -> interims.put(id, InterimRollUp.roll(index, periods.get(id))));
            Map<String, Map<Period, Ranked>> interimRanks = ranks.interims(periods, interims);
            interims.replaceAll((id, is) -> is.stream().map(i -> {
                Ranked r = interimRanks.getOrDefault(id, Map.of()).get(i.period());
                return r == null ? i : i.withRanks(r.unit(), r.organization());
            }).toList());
        }

        void rollYears() {
            int unitsInYear = 12 / rule.assessedUnit().months();
            for (ScoredMember m : byId.values()) {
                Map<Period, List<PeriodResult>> perYear = new TreeMap<>();
                periods.get(m.id()).forEach(p -> perYear.computeIfAbsent(rule.evaluationYearOf(p.period().start()),
                        y -> new ArrayList<>()).add(p));
                List<AnnualResult> ys = new ArrayList<>();
                perYear.forEach((y, ps) -> ys.add(AnnualRollUp.roll(index, scorer, m,
                        index.classes.get(m.classId()), y, ps, interims.get(m.id()).stream()
                                .filter(i -> y.contains(i.period().start())).toList(), unitsInYear)));
                years.put(m.id(), ys);
            }
            Map<String, Map<Period, Ranked>> yearRanks = ranks.years(periods, interims, years);
            years.replaceAll((id, ys) -> ys.stream().map(y -> {
                Ranked r = yearRanks.getOrDefault(id, Map.of()).get(y.period());
                return r == null ? y : y.withRanks(r.unit(), r.organization());
            }).toList());
        }

        Results results() {
            List<MemberResult> out = new ArrayList<>();
            for (ScoredMember m : byId.values()) {
                String id = m.id();
                out.add(new MemberResult(id, m.unitId(), m.classId(), m.status(), exemptions.get(id),
                        periods.get(id), years.get(id), Consequences.find(index.scheme, m, periods.get(id),
                                interims.get(id), years.get(id)), notes.get(id), interims.get(id),
                        assigned.getOrDefault(id, List.of())));
            }
            return new Results(index.scheme.id(), period, assessed, out, ignored);
        }
    }

    private static Map<String, List<Fact>> triage(SchemeIndex index, Map<String, ScoredMember> members,
            List<Fact> facts, Period period, List<IgnoredFact> ignored, Map<String, List<Fact>> tierFacts) {
        Map<String, List<Fact>> out = new HashMap<>();
        for (Fact f : facts) {
            Reason r = f.status() != FactStatus.CONFIRMED ? Reason.NOT_CONFIRMED
                    : !members.containsKey(f.memberId()) ? Reason.UNKNOWN_MEMBER
                    : f.isAssignedTier() ? (AssignedTiers.known(index, f) ? null : Reason.INVALID_VALUE)
                    : !index.items.containsKey(f.itemId()) ? Reason.UNKNOWN_ITEM : null;
            r = r == null && !period.contains(f.date()) ? Reason.OUTSIDE_PERIOD : r;
            if (r != null) {
                ignored.add(new IgnoredFact(f.id(), r, why(r, f, period)));
            } else {
                (f.isAssignedTier() ? tierFacts : out).computeIfAbsent(f.memberId(), k -> new ArrayList<>()).add(f);
            }
        }
        // date then id: caps take the earliest occurrences first, whatever order the ledger delivered them in
        out.values().forEach(l -> l.sort(Comparator.comparing(Fact::date).thenComparing(Fact::id)));
        tierFacts.values().forEach(l -> l.sort(Comparator.comparing(Fact::date).thenComparing(Fact::id)));
        return out;
    }

    /** Why triage set a fact aside, in words for the member. */
    private static Phrase why(Reason r, Fact f, Period period) {
        return switch (r) {
            case NOT_CONFIRMED -> Phrase.of("ignored.status", f.status());
            case UNKNOWN_MEMBER -> Phrase.of("ignored.unknownMember", f.memberId());
            case INVALID_VALUE -> Phrase.of("ignored.unknownTier", f.tier().tierId(), f.tier().tierSchemeId());
            case UNKNOWN_ITEM -> Phrase.of("ignored.unknownItem", f.itemId());
            default -> Phrase.of("ignored.outsidePeriod", f.date(), period);
        };
    }
}
