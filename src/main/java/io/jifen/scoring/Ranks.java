package io.jifen.scoring;

import io.jifen.scoring.Ranking.Entry;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks every level (assessed periods, interim periods, years) per the scheme's {@link RankingRule} (rule 6): on the
 * total before the total cap, or on a category subtotal (S2 奉献积分), and only among members of the same status
 * group (activists do not take members' places). A category basis of an interim period or a year rolls up the
 * periods' subtotals the way the totals roll up (sum, or mean for AVERAGE_OF_SUBPERIODS).
 */
final class Ranks {

    record Ranked(Rank unit, Rank organization) {
    }

    private final Map<String, ScoredMember> members;
    private final RankingRule rule;
    private final SchemeIndex index;

    Ranks(SchemeIndex index, Map<String, ScoredMember> members) {
        this.index = index;
        this.members = members;
        this.rule = index.scheme.ranking();
    }

    Map<String, Map<Period, Ranked>> periods(Map<String, List<PeriodResult>> periods) {
        Map<String, Map<Period, Explained>> bases = new LinkedHashMap<>();
        periods.forEach((id, ps) -> ps.forEach(p -> put(bases, id, p.period(), periodBasis(p))));
        return rank(bases);
    }

    Map<String, Map<Period, Ranked>> interims(Map<String, List<PeriodResult>> periods,
            Map<String, List<InterimResult>> interims) {
        boolean average = index.scheme.periodRule().interimRollUp() == RollUp.AVERAGE_OF_SUBPERIODS;
        Map<String, Map<Period, Explained>> bases = new LinkedHashMap<>();
        interims.forEach((id, is) -> is.forEach(i -> put(bases, id, i.period(), rule.basisCategoryId() == null
                ? i.rawTotal() : roll(inside(periods.get(id), i.period()), average, i.period()))));
        return rank(bases);
    }

    Map<String, Map<Period, Ranked>> years(Map<String, List<PeriodResult>> periods,
            Map<String, List<InterimResult>> interims, Map<String, List<AnnualResult>> years) {
        boolean average = index.scheme.periodRule().rollUp() == RollUp.AVERAGE_OF_SUBPERIODS;
        Map<String, Map<Period, Explained>> bases = new LinkedHashMap<>();
        years.forEach((id, ys) -> ys.forEach(y -> {
            Explained basis = y.rawTotal();
            if (rule.basisCategoryId() != null) {
                List<Explained> parts = interims.getOrDefault(id, List.of()).isEmpty()
                        ? inside(periods.get(id), y.period())
                        : interimParts(periods.get(id), interims.get(id), y.period());
                basis = roll(parts, average, y.period());
            }
            put(bases, id, y.period(), basis);
        }));
        return rank(bases);
    }

    private static void put(Map<String, Map<Period, Explained>> bases, String id, Period p, Explained basis) {
        bases.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(p, basis);
    }

    private Explained periodBasis(PeriodResult p) {
        if (rule.basisCategoryId() == null) {
            return p.rawTotal();
        }
        return p.category(rule.basisCategoryId()).map(CategoryResult::capped).orElse(
                new Explained(Points.ZERO, Phrase.of("rank.notScored", categoryName()), FactIds.empty(),
                        index.rules.of(RuleRef.of(Kind.RANKING, rule.basisCategoryId()))));
    }

    /** The basis category's own name, for explanations (its id when the scheme does not know it). */
    private String categoryName() {
        var c = index.categories.get(rule.basisCategoryId());
        return c == null ? rule.basisCategoryId() : c.name();
    }

    private List<Explained> inside(List<PeriodResult> ps, Period range) {
        return ps.stream().filter(p -> range.contains(p.period().start())).map(this::periodBasis).toList();
    }

    private List<Explained> interimParts(List<PeriodResult> ps, List<InterimResult> is, Period year) {
        boolean average = index.scheme.periodRule().interimRollUp() == RollUp.AVERAGE_OF_SUBPERIODS;
        return is.stream().filter(i -> year.contains(i.period().start()))
                .map(i -> roll(inside(ps, i.period()), average, i.period())).toList();
    }

    /** The category subtotals of the parts, summed or averaged, explained. */
    private Explained roll(List<Explained> parts, boolean average, Period over) {
        BigDecimal sum = parts.stream().map(Explained::value).reduce(Points.ZERO, BigDecimal::add);
        int n = parts.size();
        BigDecimal v = Points.share(average && n > 0 ? Points.divide(sum, BigDecimal.valueOf(n)) : sum);
        String category = rule.basisCategoryId();
        String name = categoryName();
        return Explained.lazy(v, () -> average && n > 0 ? Phrase.of("rank.average", name, over, n, sum, v)
                : Phrase.of("rank.sum", name, over, n, sum),
                FactIds.distinctConcat(parts.stream().map(Explained::factIds).toList()),
                index.rules.of(RuleRef.of(Kind.RANKING, category)));
    }

    private Map<String, Map<Period, Ranked>> rank(Map<String, Map<Period, Explained>> bases) {
        Map<Period, Map<Integer, List<Entry<String>>>> entries = new TreeMap<>();
        bases.forEach((id, byPeriod) -> {
            ScoredMember m = members.get(id);
            int group = rule.groupOf(m.status());
            if (group >= 0) {
                byPeriod.forEach((p, b) -> entries.computeIfAbsent(p, k -> new TreeMap<>())
                        .computeIfAbsent(group, k -> new ArrayList<>()).add(new Entry<>(id, m.unitId(), b.value())));
            }
        });
        Map<String, Map<Period, Ranked>> out = new HashMap<>();
        entries.forEach((p, groups) -> groups.forEach((group, list) -> {
            Map<String, Rank> unit = Ranking.rank(list, Entry::scope);
            Map<String, Rank> org = Ranking.rank(list, e -> Rank.ORGANIZATION);
            String label = rule.groupLabel(group);
            for (Entry<String> e : list) {
                // on the total the basis is the result's own raw total: not repeated in every rank
                Explained basis = rule.basisCategoryId() == null ? null : bases.get(e.key()).get(p);
                out.computeIfAbsent(e.key(), k -> new HashMap<>()).put(p,
                        new Ranked(label(unit.get(e.key()), label, basis), label(org.get(e.key()), label, basis)));
            }
        }));
        return out;
    }

    private static Rank label(Rank r, String group, Explained basis) {
        return group == null && basis == null ? r : r.in(group, basis);
    }
}
