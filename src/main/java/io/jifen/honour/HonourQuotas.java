package io.jifen.honour;

import io.jifen.score.ScoreStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code honour_quota} table: a unit's number of places per eligibility rule and year. Callers check scope. */
@Component
class HonourQuotas {

    private final JdbcClient jdbc;

    HonourQuotas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> of(long unitId, int year, String ruleId) {
        return jdbc.sql("select quota from honour_quota where organization_id = ? and year = ? and rule_id = ?")
                .params(unitId, year, ruleId).query(Integer.class).optional();
    }

    void set(long unitId, int year, String ruleId, int quota, String by, Instant at) {
        jdbc.sql("insert into honour_quota (organization_id, year, rule_id, quota, updated_by, updated_at) "
                + "values (?, ?, ?, ?, ?, ?) on duplicate key update quota = values(quota), "
                + "updated_by = values(updated_by), updated_at = values(updated_at)")
                .params(unitId, year, ruleId, quota, by, Timestamp.from(at)).update();
    }

    /** Stars of a rank unit's members over [from, to], periods then the year, from {@code score_result}. */
    java.util.List<StarRow> stars(long rankUnitId, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("select r.member_id, m.name, r.level, r.period_start, r.period_end, r.total, r.tier_id, "
                + "r.tier_name, " + ScoreStore.RANK_COLUMNS + " from score_result r "
                + "join member m on m.id = r.member_id "
                + "where r.rank_unit_id = ? and r.level in ('PERIOD', 'YEAR') and r.period_start between ? and ? "
                + "order by m.name, r.member_id, r.level, r.period_start")
                .params(rankUnitId, from, to)
                .query((rs, n) -> new StarRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getBigDecimal(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class)))
                .list();
    }
}
