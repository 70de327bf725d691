package io.jifen.score;

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
import java.util.Objects;
import java.util.function.Function;

/**
 * The one mapping of the engine's results to {@code score_result} rows, for the incremental update of a unit and for
 * the full recompute: one row per assessed period, interim period and evaluation year. Interim and year rows carry
 * the sum of their periods' capped top-level subtotals.
 */
public final class ResultRows {

    private ResultRows() {
    }

    /** Where a member's rows belong: the member's unit and path, and the rank unit. */
    public record Owner(long memberId, long organizationId, String orgPath, long rankUnitId) {
    }

    /** @param owners the owner of each result's member id */
    public static List<ScoreRow> of(Results results, Function<String, Owner> owners, long versionId, Instant at) {
        List<ScoreRow> rows = new ArrayList<>();
        for (MemberResult r : results.members()) {
            Row row = new Row(owners.apply(r.memberId()), versionId, at);
            for (PeriodResult p : r.periods()) {
                rows.add(row.of(Level.PERIOD, p.period(), v(p.base()), v(p.points()), p.total(), p.rawTotal(),
                        p.rewardPoints(), p.tiers(), p.rankInUnit(), p.veto(),
                        subtotals(p)));
            }
            r.interims().forEach(i -> rows.add(row.of(Level.INTERIM, i.period(), null, null, i.total(),
                    i.rawTotal(), i.rewardPoints(), i.tiers(), i.rankInUnit(), i.veto(),
                    within(r, i.period()))));
            r.years().forEach(y -> rows.add(row.of(Level.YEAR, y.period(), null, null, y.total(), y.rawTotal(),
                    y.rewardPoints(), y.tiers(), y.rankInUnit(), y.veto(),
                    within(r, y.period()))));
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

    private static Map<String, BigDecimal> within(MemberResult r, Period range) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        r.periods().stream().filter(p -> range.contains(p.period().start()))
                .forEach(p -> subtotals(p).forEach((k, v) -> out.merge(k, v, BigDecimal::add)));
        return out;
    }

    private record Row(Owner o, long versionId, Instant at) {

        ScoreRow of(Level level, Period period, BigDecimal base, BigDecimal points, Explained total,
                Explained rawTotal, Explained reward, List<TierResult> tiers, Rank unitRank, boolean veto,
                Map<String, BigDecimal> subtotals) {
            TierResult tier = tiers.isEmpty() ? null : tiers.getFirst();
            return new ScoreRow(o.memberId(), level, period.start(), period.end(), o.organizationId(), o.orgPath(),
                    o.rankUnitId(), versionId, base, points, v(total), v(rawTotal), v(reward),
                    tier == null ? null : tier.tierId(), tier == null ? null : tier.tierName(),
                    unitRank == null ? null : unitRank.position(), unitRank == null ? null : unitRank.of(),
                    unitRank == null ? null : Objects.requireNonNullElse(unitRank.group(), ""),
                    unitRank == null ? null : unitRank.basis() == null ? v(rawTotal) : unitRank.basis().value(),
                    veto, subtotals, at);
        }
    }

    private static BigDecimal v(Explained x) {
        return x == null ? BigDecimal.ZERO : x.value();
    }
}
