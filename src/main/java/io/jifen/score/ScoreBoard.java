package io.jifen.score;

import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages of stored results for the scoreboard, straight from {@code score_result} (index
 * {@code ix_score_result_board}): no result is computed and no full count is taken to show a page. The page's keys
 * are chosen first, so ranks ({@link ScoreStore#RANK_COLUMNS}) are counted for its rows only; sorted by rank, the
 * order itself needs every row's rank ({@code RANKED}).
 */
@Component
public class ScoreBoard {

    /**
     * The rows of the level and period in the rank units with a row under {@code :path}, each with its unit rank as
     * {@link ScoreStore#RANK_COLUMNS} counts it (competition ranking within rank unit and group).
     */
    private static final String RANKED = "(select s.member_id, s.level, s.period_start, s.org_path, s.tier_id, "
            + "if(s.rank_group is null, null, rank() over (partition by s.rank_unit_id, s.rank_group order by "
            + "s.rank_basis desc)) as unit_rank from (select distinct u.rank_unit_id from score_result u where "
            + "u.level = :level and u.period_start = :start and u.org_path like :path) ru straight_join score_result s "
            + "on s.rank_unit_id = ru.rank_unit_id and s.level = :level and s.period_start = :start)";

    private final JdbcClient jdbc;
    private final ScoreReach reach;

    ScoreBoard(JdbcClient jdbc, ScoreReach reach) {
        this.jdbc = jdbc;
        this.reach = reach;
    }

    public enum Sort {
        TOTAL, RANK, NAME
    }

    /**
     * @param unitId  the unit whose subtree is shown (the filter "unit subtree")
     * @param tierId  only this tier, or null
     * @param name    part of the member's name, or null
     */
    public record Query(long unitId, ScoreRow.Level level, LocalDate periodStart, String tierId, String name,
            Sort sort) {
    }

    /** One line of the board: the stored row and the member's name. */
    public record Line(ScoreRow row, String memberName) {
    }

    /** A page of the board; empty when the unit is not in the user's reach. */
    public List<Line> page(JifenUser user, Query q, int offset, int limit) {
        return reach.unit(user, q.unitId()).map(u -> page(u.getPath(), q, offset, limit)).orElse(List.of());
    }

    private List<Line> page(String path, Query q, int offset, int limit) {
        Sort sort = q.sort() == null ? Sort.TOTAL : q.sort();
        boolean named = q.name() != null && !q.name().isBlank();
        // the page's keys first; sorted by rank, every row of the subtree needs its rank: one window over the rank
        // units the subtree touches (a 党小组's members rank in their whole 支部): p95 40 ms for a 支部's page, 2.7 s
        // for the whole tenant at 100,000 members, where a count per row took 6 s (docs/performance.md, round 10)
        StringBuilder sql = new StringBuilder("select r.member_id, r.level, r.period_start from "
                + (sort == Sort.RANK ? RANKED : "score_result") + " r"
                + (named || sort == Sort.NAME ? " join member m on m.id = r.member_id" : "")
                + " where r.level = :level and r.period_start = :start and r.org_path like :path");
        List<Object[]> params = new ArrayList<>();
        if (q.tierId() != null) {
            sql.append(" and r.tier_id = :tier");
            params.add(new Object[] {"tier", q.tierId()});
        }
        if (named) {
            sql.append(" and m.name like :name");
            params.add(new Object[] {"name", "%" + escape(q.name().strip()) + "%"});
        }
        String order = switch (sort) {
            case TOTAL -> " order by r.total desc, r.raw_total desc, r.member_id";
            case RANK -> " order by unit_rank is null, unit_rank, r.member_id";
            case NAME -> " order by m.name_key, r.member_id";
        };
        sql.append(order).append(" limit :limit offset :offset");
        String page = "select r.*, " + ScoreStore.RANK_COLUMNS + ", m.name as member_name from (" + sql
                + ") k join score_result r on r.member_id = k.member_id and r.level = k.level "
                + "and r.period_start = k.period_start join member m on m.id = r.member_id" + order;
        var spec = jdbc.sql(page).param("level", q.level().name()).param("start", q.periodStart())
                .param("path", escape(path) + "%").param("limit", limit).param("offset", offset);
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query((rs, n) -> new Line(ScoreStore.read(rs), rs.getString("member_name"))).list();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
