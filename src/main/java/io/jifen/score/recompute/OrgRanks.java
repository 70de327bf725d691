package io.jifen.score.recompute;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organization rank of a recomputed subtree, as a second pass over the stored totals: the engine ranks only the
 * batch it holds, so the rank across all rank units is made here from the subtree's stored raw totals. Competition
 * ranking on the total before the cap, like the engine's default ranking rule; a scheme ranking on a category or by
 * status group keeps its unit ranks from the engine, and its organization rank here is the plain total rank
 * (docs/performance.md). Only ranks that differ from the stored ones are written: after a recompute that changed
 * few totals, few rows. When many differ (a first computation), one set-based statement ranks them all: a row's
 * update costs a round trip, and from about {@value #ONE_BY_ONE_UP_TO} rows on the statement is the faster.
 */
@Component
class OrgRanks {

    static final int ONE_BY_ONE_UP_TO = 20_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OrgRanks(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** @return the rows whose rank changed */
    int rank(String subtreePath, LocalDate from, LocalDate to) {
        return rank(subtreePath, from, to, ONE_BY_ONE_UP_TO);
    }

    /** {@code oneByOneUpTo}: tests reach the set-based statement with small data. */
    int rank(String subtreePath, LocalDate from, LocalDate to, int oneByOneUpTo) {
        Map<Ranking, List<Ranked>> rankings = new HashMap<>();
        jdbc.sql("select member_id, level, period_start, raw_total, org_rank from score_result "
                        + "where org_path like :path and period_start between :from and :to")
                .param("path", subtreePath + "%").param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> rankings.computeIfAbsent(
                        new Ranking(rs.getString(2), rs.getObject(3, LocalDate.class)), k -> new ArrayList<>())
                        .add(new Ranked(rs.getLong(1), rs.getBigDecimal(4), (Integer) rs.getObject(5))));
        List<Object[]> changed = new ArrayList<>();
        rankings.forEach((ranking, members) -> {
            members.sort(Comparator.comparing(Ranked::rawTotal).reversed());
            int rank = 0;
            for (int i = 0; i < members.size(); i++) {
                Ranked m = members.get(i);
                // competition ranking: equal totals share a rank, the next one skips (1, 2, 2, 4)
                rank = i > 0 && members.get(i - 1).rawTotal().compareTo(m.rawTotal()) == 0 ? rank : i + 1;
                if (!Objects.equals(m.stored(), rank)) {
                    changed.add(new Object[] {rank, m.memberId(), ranking.level(), Date.valueOf(ranking.start())});
                }
            }
        });
        if (changed.size() > oneByOneUpTo) {
            jdbc.sql("update score_result s join (select member_id, level, period_start, rank() over "
                            + "(partition by level, period_start order by raw_total desc) r from score_result "
                            + "where org_path like :path and period_start between :from and :to) x "
                            + "on x.member_id = s.member_id and x.level = s.level and x.period_start = s.period_start "
                            + "set s.org_rank = x.r")
                    .param("path", subtreePath + "%").param("from", from).param("to", to).update();
        } else {
            batch.batchUpdate("update score_result set org_rank = ? where member_id = ? and level = ? "
                    + "and period_start = ?", changed);
        }
        return changed.size();
    }

    private record Ranking(String level, LocalDate start) {
    }

    private record Ranked(long memberId, BigDecimal rawTotal, Integer stored) {
    }
}
