package io.jifen.score.recompute;

import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TierResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's results as {@code score_result} rows: one per assessed period, interim period and evaluation year.
 * Interim and year rows carry the sum of their periods' capped top-level subtotals. The organization rank is left
 * empty here: at scale it is ranked over the stored totals in SQL ({@link OrgRanks}).
 */
final class ResultRows {

    private ResultRows() {
    }

    static List<ScoreRow> of(Results results, Map<String, RosterMember> members, long schemeVersionId,
            Instant at) {
        List<ScoreRow> rows = new ArrayList<>();
        for (MemberResult r : results.members()) {
            RosterMember m = members.get(r.memberId());
            Row row = new Row(m, schemeVersionId, at);
            for (PeriodResult p : r.periods()) {
                rows.add(row.of(Level.PERIOD, p.period(), p.base().value(), p.points().value(), p.total(),
                        p.rawTotal(), p.rewardPoints(), p.tiers(), p.rankInUnit(), p.veto(), subtotals(p)));
            }
            r.interims().forEach(i -> rows.add(row.of(Level.INTERIM, i.period(), null, null, i.total(),
                    i.rawTotal(), i.rewardPoints(), i.tiers(), i.rankInUnit(), i.veto(), within(r, i.period()))));
            r.years().forEach(y -> rows.add(row.of(Level.YEAR, y.period(), null, null, y.total(), y.rawTotal(),
                    y.rewardPoints(), y.tiers(), y.rankInUnit(), y.veto(), within(r, y.period()))));
        }
        return rows;
    }

    private static Map<String, BigDecimal> subtotals(PeriodResult p) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (CategoryResult c : p.categories()) {
            if (c.parentId() == null) {
                out.put(c.categoryId(), c.capped().value());
            }
        }
        return out;
    }

    private static Map<String, BigDecimal> within(MemberResult r, Period range) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        r.periods().stream().filter(p -> range.contains(p.period().start()))
                .forEach(p -> subtotals(p).forEach((k, v) -> out.merge(k, v, BigDecimal::add)));
        return out;
    }

    private record Row(RosterMember m, long schemeVersionId, Instant at) {

        ScoreRow of(Level level, Period period, BigDecimal base, BigDecimal points, Explained total,
                Explained rawTotal, Explained reward, List<TierResult> tiers, Rank unitRank, boolean veto,
                Map<String, BigDecimal> subtotals) {
            TierResult tier = tiers.isEmpty() ? null : tiers.getFirst();
            return new ScoreRow(m.id(), level, period.start(), period.end(), m.organizationId(), m.orgPath(),
                    m.unit().id(), schemeVersionId, base, points, total.value(), rawTotal.value(),
                    reward == null ? BigDecimal.ZERO : reward.value(), tier == null ? null : tier.tierId(),
                    tier == null ? null : tier.tierName(), unitRank == null ? null : unitRank.position(),
                    unitRank == null ? null : unitRank.of(), null, veto, subtotals, at);
        }
    }
}
