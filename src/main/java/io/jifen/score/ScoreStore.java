package io.jifen.score;

import io.jifen.score.ScoreRow.Level;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /**
     * MariaDB turns an IN list of 1,000 values or more into a derived table (in_predicate_conversion_threshold); the
     * rows then come in that table's order, and a GROUP BY over them needs a temporary table and a sort, about 3×
     * the time of the index range read of a recompute batch. A statement prefixed with this asks for the range read.
     */
    public static final String AS_RANGES = "set statement in_predicate_conversion_threshold = 0 for ";

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

    /**
     * Like {@link #replace}, but writes only the members whose rows differ from the stored ones: a member whose rows
     * are the stored ones keeps them as they are, with their organization rank and {@code computed_at} (when their
     * figures last changed); a changed member's rows are replaced, keeping the organization rank each row had, for
     * the rank pass to correct. A recompute over current results therefore writes almost nothing
     * (docs/performance.md).
     *
     * @return the members whose rows were written
     */
    @Transactional
    public int update(Collection<Long> memberIds, LocalDate from, LocalDate to, List<ScoreRow> rows) {
        Map<Key, Stored> stored = new HashMap<>();
        if (!memberIds.isEmpty()) {
            client.sql(AS_RANGES + "select * from score_result where member_id in (:ids) "
                            + "and period_start between :from and :to")
                    .param("ids", memberIds).param("from", from).param("to", to)
                    .query((RowCallbackHandler) rs -> {
                        ScoreRow r = read(rs, Map.of());
                        stored.put(Key.of(r), new Stored(r, rs.getString("subtotals")));
                    });
        }
        Set<Long> changed = new HashSet<>();
        rows.forEach(r -> {
            Stored old = stored.get(Key.of(r));
            if (old == null || !old.sameFigures(r)) {
                changed.add(r.memberId());
            }
        });
        Set<Key> produced = new HashSet<>();
        rows.forEach(r -> produced.add(Key.of(r)));
        stored.keySet().stream().filter(k -> !produced.contains(k)).forEach(k -> changed.add(k.memberId()));
        if (changed.isEmpty()) {
            return 0;
        }
        List<ScoreRow> write = rows.stream().filter(r -> changed.contains(r.memberId())).map(r -> {
            Stored old = stored.get(Key.of(r));
            return old == null ? r : withOrgRank(r, old.row().orgRank());
        }).toList();
        client.sql("delete from score_result where member_id in (:ids) and period_start between :from and :to")
                .param("ids", changed).param("from", from).param("to", to).update();
        jdbc.batchUpdate(INSERT, write, 500, ScoreStore::bind);
        return changed.size();
    }

    private record Key(long memberId, Level level, LocalDate periodStart) {
        static Key of(ScoreRow r) {
            return new Key(r.memberId(), r.level(), r.periodStart());
        }
    }

    /** A stored row with its subtotals as stored: compared as JSON, parsed only to be shown. */
    private record Stored(ScoreRow row, String subtotals) {

        boolean sameFigures(ScoreRow r) {
            ScoreRow o = row;
            return o.periodEnd().equals(r.periodEnd()) && o.organizationId() == r.organizationId()
                    && o.orgPath().equals(r.orgPath()) && o.rankUnitId() == r.rankUnitId()
                    && o.schemeVersionId() == r.schemeVersionId() && same(o.base(), r.base())
                    && same(o.points(), r.points()) && same(o.total(), r.total())
                    && same(o.rawTotal(), r.rawTotal()) && same(o.reward(), r.reward())
                    && Objects.equals(o.tierId(), r.tierId()) && Objects.equals(o.tierName(), r.tierName())
                    && Objects.equals(o.unitRank(), r.unitRank()) && Objects.equals(o.unitSize(), r.unitSize())
                    && o.veto() == r.veto() && Objects.equals(subtotals, ScoreStore.subtotals(r.subtotals()));
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    private static ScoreRow withOrgRank(ScoreRow r, Integer orgRank) {
        return new ScoreRow(r.memberId(), r.level(), r.periodStart(), r.periodEnd(), r.organizationId(), r.orgPath(),
                r.rankUnitId(), r.schemeVersionId(), r.base(), r.points(), r.total(), r.rawTotal(), r.reward(),
                r.tierId(), r.tierName(), r.unitRank(), r.unitSize(), orgRank, r.veto(), r.subtotals(),
                r.computedAt());
    }

    public List<ScoreRow> ofMember(long memberId) {
        return client.sql("select * from score_result where member_id = ? order by period_start, level")
                .param(memberId).query((rs, n) -> read(rs)).list();
    }

    static ScoreRow read(java.sql.ResultSet rs) throws SQLException {
        return read(rs, subtotals(rs.getString("subtotals")));
    }

    private static ScoreRow read(java.sql.ResultSet rs, Map<String, BigDecimal> subtotals) throws SQLException {
        return new ScoreRow(rs.getLong("member_id"), Level.valueOf(rs.getString("level")),
                rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                rs.getLong("organization_id"), rs.getString("org_path"), rs.getLong("rank_unit_id"),
                rs.getLong("scheme_version_id"), rs.getBigDecimal("base"), rs.getBigDecimal("points"),
                rs.getBigDecimal("total"), rs.getBigDecimal("raw_total"), rs.getBigDecimal("reward"),
                rs.getString("tier_id"), rs.getString("tier_name"), (Integer) rs.getObject("unit_rank"),
                (Integer) rs.getObject("unit_size"), (Integer) rs.getObject("org_rank"), rs.getBoolean("veto"),
                subtotals, rs.getTimestamp("computed_at").toInstant());
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
