package io.jifen.score;

import io.jifen.score.ScoreRow.Level;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads stored results with plain JDBC batches: a recompute replaces the rows of the members it
 * evaluated over the range it evaluated, in the caller's transaction, so a crash leaves the old rows, never half.
 * Callers check scope; this store takes ids and paths as given.
 */
@Component
public class ScoreStore {

    private static final String INSERT = "insert into score_result (member_id, level, period_start, period_end, "
            + "organization_id, org_path, rank_unit_id, scheme_version_id, base, points, total, raw_total, reward, "
            + "tier_id, tier_name, unit_rank, unit_size, org_rank, veto, subtotals, computed_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    ScoreStore(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Replaces every stored row of {@code memberIds} that starts inside [{@code from}, {@code to}] by {@code rows}. */
    @Transactional
    public void replace(Collection<Long> memberIds, LocalDate from, LocalDate to, List<ScoreRow> rows) {
        if (!memberIds.isEmpty()) {
            client.sql("delete from score_result where member_id in (:ids) and period_start between :from and :to")
                    .param("ids", memberIds).param("from", from).param("to", to).update();
        }
        jdbc.batchUpdate(INSERT, rows, 500, ScoreStore::bind);
    }

    public List<ScoreRow> ofMember(long memberId) {
        return client.sql("select * from score_result where member_id = ? order by period_start, level")
                .param(memberId).query((rs, n) -> read(rs)).list();
    }

    static ScoreRow read(java.sql.ResultSet rs) throws SQLException {
        return new ScoreRow(rs.getLong("member_id"), Level.valueOf(rs.getString("level")),
                rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                rs.getLong("organization_id"), rs.getString("org_path"), rs.getLong("rank_unit_id"),
                rs.getLong("scheme_version_id"), rs.getBigDecimal("base"), rs.getBigDecimal("points"),
                rs.getBigDecimal("total"), rs.getBigDecimal("raw_total"), rs.getBigDecimal("reward"),
                rs.getString("tier_id"), rs.getString("tier_name"), (Integer) rs.getObject("unit_rank"),
                (Integer) rs.getObject("unit_size"), (Integer) rs.getObject("org_rank"), rs.getBoolean("veto"),
                subtotals(rs.getString("subtotals")), rs.getTimestamp("computed_at").toInstant());
    }

    private static void bind(PreparedStatement ps, ScoreRow r) throws SQLException {
        ps.setLong(1, r.memberId());
        ps.setString(2, r.level().name());
        ps.setDate(3, Date.valueOf(r.periodStart()));
        ps.setDate(4, Date.valueOf(r.periodEnd()));
        ps.setLong(5, r.organizationId());
        ps.setString(6, r.orgPath());
        ps.setLong(7, r.rankUnitId());
        ps.setLong(8, r.schemeVersionId());
        ps.setBigDecimal(9, r.base());
        ps.setBigDecimal(10, r.points());
        ps.setBigDecimal(11, r.total());
        ps.setBigDecimal(12, r.rawTotal());
        ps.setBigDecimal(13, r.reward());
        ps.setString(14, r.tierId());
        ps.setString(15, r.tierName());
        setInt(ps, 16, r.unitRank());
        setInt(ps, 17, r.unitSize());
        setInt(ps, 18, r.orgRank());
        ps.setBoolean(19, r.veto());
        ps.setString(20, subtotals(r.subtotals()));
        ps.setTimestamp(21, Timestamp.from(r.computedAt()));
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** Subtotals as a JSON object of category id to points, in the scheme's order. */
    static String subtotals(Map<String, BigDecimal> m) {
        return JSON.writeValueAsString(m);
    }

    static Map<String, BigDecimal> subtotals(String s) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        if (s != null && !s.isEmpty()) {
            JSON.readTree(s).properties().forEach(e -> m.put(e.getKey(), e.getValue().decimalValue()));
        }
        return m;
    }
}
