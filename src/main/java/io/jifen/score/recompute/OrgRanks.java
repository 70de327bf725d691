package io.jifen.score.recompute;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organization rank of a recomputed subtree, as a second pass over the stored totals: the engine ranks only the
 * batch it holds, so the rank across all rank units is a window function in MariaDB. Competition ranking on the
 * total before the cap, like the engine's default ranking rule; a scheme ranking on a category or by status group
 * keeps its unit ranks from the engine, and its organization rank here is the plain total rank (docs/performance.md).
 */
@Component
class OrgRanks {

    private final JdbcClient jdbc;

    OrgRanks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int rank(String subtreePath, LocalDate from, LocalDate to) {
        return jdbc.sql("update score_result s join (select member_id, level, period_start, rank() over "
                        + "(partition by level, period_start order by raw_total desc) r from score_result "
                        + "where org_path like :path and period_start between :from and :to) x "
                        + "on x.member_id = s.member_id and x.level = s.level and x.period_start = s.period_start "
                        + "set s.org_rank = x.r")
                .param("path", subtreePath + "%").param("from", from).param("to", to).update();
    }
}
