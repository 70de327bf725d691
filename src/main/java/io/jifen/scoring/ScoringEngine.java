package io.jifen.scoring;

import io.jifen.scoring.Ranking.Entry;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
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
 * assessed periods (items → categories → base + points → total cap → period tiers) → rank every period →
 * roll up each calendar year (→ annual tiers, eligibility) → rank every year → consequences.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * @param period the evaluated range; it must start and end on boundaries of the scheme's assessed unit (a year
     *               or a quarter for a quarterly scheme, one or more whole years for a yearly one)
     */
    public static Results evaluate(SchemeVersion scheme, List<ScoredMember> members, List<Fact> facts,
            Period period) {
        SchemeIndex index = new SchemeIndex(scheme);
        List<Period> assessed = scheme.periodRule().assessedUnit().split(period);
        List<IgnoredFact> ignored = new ArrayList<>();
        Map<String, ScoredMember> byId = new LinkedHashMap<>();
        for (ScoredMember m : members) {
            if (byId.putIfAbsent(m.id(), m) != null) {
                throw new IllegalArgumentException("duplicate member " + m.id());
            }
            if (!index.classes.containsKey(m.classId())) {
                throw new IllegalArgumentException("member " + m.id() + ": unknown member class " + m.classId());
            }
        }
        Map<String, List<Fact>> factsByMember = triage(index, byId, facts, period, ignored);
        MemberScorer scorer = new MemberScorer(index, ignored::add);

        Map<String, List<PeriodResult>> periods = new LinkedHashMap<>();
        Map<String, ExemptionRule> exemptions = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        for (ScoredMember m : byId.values()) {
            MemberClass mc = index.classes.get(m.classId());
            List<Fact> mine = factsByMember.getOrDefault(m.id(), List.of());
            notes.put(m.id(), new ArrayList<>());
            if (m.exempt() && mc.exemption() != ExemptionRule.NOT_ALLOWED) {
                exemptions.put(m.id(), mc.exemption());
                mine.forEach(f -> ignored.add(new IgnoredFact(f.id(), Reason.MEMBER_EXEMPT,
                        "member exempt (" + mc.exemption() + ")")));
                periods.put(m.id(), List.of());
                continue;
            }
            if (m.exempt()) {
                notes.get(m.id()).add("exempt flag ignored: member class " + mc.id() + " does not allow exemption");
            }
            periods.put(m.id(), scorer.score(m, mc, assessed, mine));
        }
        rankPeriods(byId, periods);

        int unitsInYear = 12 / switch (scheme.periodRule().assessedUnit()) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
        Map<String, List<AnnualResult>> years = new LinkedHashMap<>();
        for (ScoredMember m : byId.values()) {
            Map<Integer, List<PeriodResult>> perYear = new TreeMap<>();
            periods.get(m.id()).forEach(p -> perYear.computeIfAbsent(p.period().year(), y -> new ArrayList<>()).add(p));
            List<AnnualResult> ys = new ArrayList<>();
            perYear.forEach((y, ps) -> ys.add(AnnualRollUp.roll(index, scorer, m, index.classes.get(m.classId()), y,
                    ps, unitsInYear)));
            years.put(m.id(), ys);
        }
        rankYears(byId, years);

        List<MemberResult> out = new ArrayList<>();
        for (ScoredMember m : byId.values()) {
            out.add(new MemberResult(m.id(), m.unitId(), m.classId(), m.status(), exemptions.get(m.id()),
                    periods.get(m.id()), years.get(m.id()),
                    Consequences.find(scheme, m, periods.get(m.id()), years.get(m.id())), notes.get(m.id())));
        }
        return new Results(scheme.id(), period, assessed, out, ignored);
    }

    private static Map<String, List<Fact>> triage(SchemeIndex index, Map<String, ScoredMember> members,
            List<Fact> facts, Period period, List<IgnoredFact> ignored) {
        Map<String, List<Fact>> out = new HashMap<>();
        for (Fact f : facts) {
            Reason r = f.status() != FactStatus.CONFIRMED ? Reason.NOT_CONFIRMED
                    : !members.containsKey(f.memberId()) ? Reason.UNKNOWN_MEMBER
                    : !index.items.containsKey(f.itemId()) ? Reason.UNKNOWN_ITEM
                    : !period.contains(f.date()) ? Reason.OUTSIDE_PERIOD : null;
            if (r != null) {
                ignored.add(new IgnoredFact(f.id(), r, r == Reason.NOT_CONFIRMED ? "status " + f.status() : ""));
            } else {
                out.computeIfAbsent(f.memberId(), k -> new ArrayList<>()).add(f);
            }
        }
        // date then id: caps take the earliest occurrences first, whatever order the ledger delivered them in
        out.values().forEach(l -> l.sort(Comparator.comparing(Fact::date).thenComparing(Fact::id)));
        return out;
    }

    private static void rankPeriods(Map<String, ScoredMember> members, Map<String, List<PeriodResult>> periods) {
        Map<Period, List<Entry<String>>> entries = new TreeMap<>();
        periods.forEach((id, ps) -> ps.forEach(p -> entries.computeIfAbsent(p.period(), k -> new ArrayList<>())
                .add(new Entry<>(id, members.get(id).unitId(), p.rawTotal().value()))));
        entries.forEach((period, list) -> {
            Map<String, Rank> unit = Ranking.rank(list, Entry::scope);
            Map<String, Rank> org = Ranking.rank(list, e -> Rank.ORGANIZATION);
            periods.replaceAll((id, ps) -> ps.stream().map(p -> p.period().equals(period)
                    ? p.withRanks(unit.get(id), org.get(id)) : p).toList());
        });
    }

    private static void rankYears(Map<String, ScoredMember> members, Map<String, List<AnnualResult>> years) {
        Map<Integer, List<Entry<String>>> entries = new TreeMap<>();
        years.forEach((id, ys) -> ys.forEach(y -> entries.computeIfAbsent(y.year(), k -> new ArrayList<>())
                .add(new Entry<>(id, members.get(id).unitId(), y.rawTotal().value()))));
        entries.forEach((year, list) -> {
            Map<String, Rank> unit = Ranking.rank(list, Entry::scope);
            Map<String, Rank> org = Ranking.rank(list, e -> Rank.ORGANIZATION);
            years.replaceAll((id, ys) -> ys.stream().map(y -> y.year() == year
                    ? y.withRanks(unit.get(id), org.get(id)) : y).toList());
        });
    }
}
