package io.jifen.score;

import io.jifen.organization.Member;
import io.jifen.score.ScoreRow.Level;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.TierResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The engine's results of one unit as stored rows: one per assessed period, interim period and year. */
final class ResultRows {

    private ResultRows() {
    }

    static List<ScoreRow> of(UnitEvaluation e, Instant at) {
        List<ScoreRow> rows = new ArrayList<>();
        for (MemberResult r : e.results().members()) {
            Member m = e.members().get(Long.valueOf(r.memberId()));
            Row row = new Row(m, e.unit().getId(), e.inForce().versionRecordId(), at);
            Map<String, BigDecimal> yearSubtotals = new LinkedHashMap<>();
            for (PeriodResult p : r.periods()) {
                Map<String, BigDecimal> subtotals = subtotals(p);
                subtotals.forEach((k, v) -> yearSubtotals.merge(k, v, BigDecimal::add));
                rows.add(row.period(p, subtotals));
            }
            r.interims().forEach(i -> rows.add(row.interim(i)));
            r.years().forEach(y -> rows.add(row.year(y, yearSubtotals)));
        }
        return rows;
    }

    /** Capped subtotals of the top-level categories, in the scheme's order. */
    static Map<String, BigDecimal> subtotals(PeriodResult p) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (CategoryResult c : p.categories()) {
            if (c.parentId() == null) {
                out.put(c.categoryId(), c.capped().value());
            }
        }
        return out;
    }

    private record Row(Member m, long unitId, long versionId, Instant at) {

        ScoreRow period(PeriodResult p, Map<String, BigDecimal> subtotals) {
            TierResult t = first(p.tiers());
            return new ScoreRow(m.getId(), Level.PERIOD, p.period().start(), p.period().end(),
                    m.getOrganization().getId(), m.getOrganization().getPath(), unitId, versionId, v(p.base()),
                    v(p.points()), v(p.total()), v(p.rawTotal()), v(p.rewardPoints()), t == null ? null : t.tierId(),
                    t == null ? null : t.tierName(), pos(p.rankInUnit()), of(p.rankInUnit()),
                    pos(p.rankInOrganization()), p.veto(), subtotals, at);
        }

        ScoreRow interim(InterimResult i) {
            TierResult t = first(i.tiers());
            return new ScoreRow(m.getId(), Level.INTERIM, i.period().start(), i.period().end(),
                    m.getOrganization().getId(), m.getOrganization().getPath(), unitId, versionId, null, null,
                    v(i.total()), v(i.rawTotal()), v(i.rewardPoints()), t == null ? null : t.tierId(),
                    t == null ? null : t.tierName(), pos(i.rankInUnit()), of(i.rankInUnit()),
                    pos(i.rankInOrganization()), i.veto(), Map.of(), at);
        }

        ScoreRow year(AnnualResult y, Map<String, BigDecimal> subtotals) {
            TierResult t = first(y.tiers());
            return new ScoreRow(m.getId(), Level.YEAR, y.period().start(), y.period().end(),
                    m.getOrganization().getId(), m.getOrganization().getPath(), unitId, versionId, null, null,
                    v(y.total()), v(y.rawTotal()), v(y.rewardPoints()), t == null ? null : t.tierId(),
                    t == null ? null : t.tierName(), pos(y.rankInUnit()), of(y.rankInUnit()),
                    pos(y.rankInOrganization()), y.veto(), subtotals, at);
        }
    }

    private static TierResult first(List<TierResult> tiers) {
        return tiers.isEmpty() ? null : tiers.getFirst();
    }

    private static BigDecimal v(Explained x) {
        return x == null ? BigDecimal.ZERO : x.value();
    }

    private static Integer pos(Rank r) {
        return r == null ? null : r.position();
    }

    private static Integer of(Rank r) {
        return r == null ? null : r.of();
    }
}
