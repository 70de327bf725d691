package io.jifen.score;

import io.jifen.score.ScoreRow.Level;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            + "tier_id, tier_name, rank_group, rank_basis, veto, subtotals, computed_at, figures) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int COLUMNS = 21;
    private static final int ROWS_PER_STATEMENT = 250;
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
    private static final String UPSERT_HEAD = INSERT.substring(0, INSERT.indexOf(" values ") + 8);
    // every column but the key
    private static final String UPSERT_TAIL = " on duplicate key update period_end = value(period_end), "
            + "organization_id = value(organization_id), org_path = value(org_path), "
            + "rank_unit_id = value(rank_unit_id), scheme_version_id = value(scheme_version_id), base = value(base), "
            + "points = value(points), total = value(total), raw_total = value(raw_total), reward = value(reward), "
            + "tier_id = value(tier_id), tier_name = value(tier_name), rank_group = value(rank_group), "
            + "rank_basis = value(rank_basis), veto = value(veto), subtotals = value(subtotals), "
            + "computed_at = value(computed_at), figures = value(figures)";

    /**
     * MariaDB turns an IN list of 1,000 values or more into a derived table (in_predicate_conversion_threshold); the
     * rows then come in that table's order, and a GROUP BY over them needs a temporary table and a sort, about 3×
     * the time of the index range read of a recompute batch. A statement prefixed with this asks for the range read.
     */
    public static final String AS_RANGES = "set statement in_predicate_conversion_threshold = 0 for ";

    /**
     * The unit rank and its size of the {@code score_result} row aliased {@code r}, as columns {@code unit_rank} and
     * {@code unit_size}: competition ranking ("1, 1, 3") among the rows of its rank unit, level, period and rank
     * group, as the engine ranks (rule 6). Counted when read, over the index {@code ix_score_result_unit}, because a
     * few members' new points move the ranks of most of their unit: stored, those ranks were most of a recompute's
     * writes (175,000 rows after 5 % of 100,000 members got an entry, docs/performance.md round 10).
     */
    public static final String RANK_COLUMNS = "if(r.rank_group is null, null, 1 + (select count(*) from score_result o "
            + "where o.rank_unit_id = r.rank_unit_id and o.level = r.level and o.period_start = r.period_start "
            + "and o.rank_group = r.rank_group and o.rank_basis > r.rank_basis)) as unit_rank, "
            + "if(r.rank_group is null, null, (select count(*) from score_result o "
            + "where o.rank_unit_id = r.rank_unit_id and o.level = r.level and o.period_start = r.period_start "
            + "and o.rank_group = r.rank_group)) as unit_size";

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
     * Like {@link #replace}, but writes only the rows that differ from the stored ones: an unchanged row stays as it
     * is, with its {@code computed_at} (when its figures last changed); a changed row is updated in place; a row no
     * longer produced goes. Other members' new totals change none of a row's columns: its rank is counted when read.
     * New rows go in a JDBC batch of plain inserts, which the driver sends in bulk: a first computation's 200,000
     * rows in 0.7 s less than as upserts (docs/performance.md, round 9). Changed rows go in multi-row
     * {@code insert … on duplicate key update} statements: one statement per {@value #ROWS_PER_STATEMENT} rows, where
     * a JDBC batch of upserts runs row by row and delete-then-insert of the same keys costs about 4× a first insert
     * (round 7).
     *
     * @return the rows inserted or changed
     */
    @Transactional
    public int update(Collection<Long> memberIds, LocalDate from, LocalDate to, List<ScoreRow> rows) {
        // the fingerprint of each stored row, 0 when it has none (stored before fingerprints or the rank basis)
        Map<Key, Long> stored = new HashMap<>();
        if (!memberIds.isEmpty()) {
            client.sql(AS_RANGES + "select member_id, level, period_start, figures "
                            + "from score_result where member_id in (:ids) and period_start between :from and :to")
                    .param("ids", memberIds).param("from", from).param("to", to)
                    .query((RowCallbackHandler) rs -> stored.put(
                            new Key(rs.getLong(1), Level.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)),
                            rs.getLong(4)));
        }
        List<ScoreRow> fresh = new ArrayList<>();
        List<ScoreRow> write = new ArrayList<>();
        for (ScoreRow r : rows) {
            Long old = stored.remove(Key.of(r));
            if (old == null) {
                fresh.add(r);
            } else if (old == 0 || old != Figures.of(r)) {
                write.add(r);
            }
        }
        jdbc.batchUpdate("delete from score_result where member_id = ? and level = ? and period_start = ?",
                List.copyOf(stored.keySet()), 500, (ps, k) -> {
                    ps.setLong(1, k.memberId());
                    ps.setString(2, k.level().name());
                    ps.setDate(3, Date.valueOf(k.periodStart()));
                });
        jdbc.batchUpdate(INSERT, fresh, 500, ScoreStore::bind);
        for (int i = 0; i < write.size(); i += ROWS_PER_STATEMENT) {
            List<ScoreRow> chunk = write.subList(i, Math.min(write.size(), i + ROWS_PER_STATEMENT));
            jdbc.update(UPSERT_HEAD + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                    + UPSERT_TAIL, ps -> {
                        for (int k = 0; k < chunk.size(); k++) {
                            bind(ps, chunk.get(k), k * COLUMNS);
                        }
                    });
        }
        return fresh.size() + write.size();
    }

    private record Key(long memberId, Level level, LocalDate periodStart) {
        static Key of(ScoreRow r) {
            return new Key(r.memberId(), r.level(), r.periodStart());
        }
    }

    public List<ScoreRow> ofMember(long memberId) {
        return client.sql("select r.*, " + RANK_COLUMNS + " from score_result r where r.member_id = ? "
                        + "order by r.period_start, r.level")
                .param(memberId).query((rs, n) -> read(rs)).list();
    }

    static ScoreRow read(java.sql.ResultSet rs) throws SQLException {
        return new ScoreRow(rs.getLong("member_id"), Level.valueOf(rs.getString("level")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getLong("organization_id"), rs.getString("org_path"), rs.getLong("rank_unit_id"),
                rs.getLong("scheme_version_id"), rs.getBigDecimal("base"), rs.getBigDecimal("points"),
                rs.getBigDecimal("total"), rs.getBigDecimal("raw_total"), rs.getBigDecimal("reward"),
                rs.getString("tier_id"), rs.getString("tier_name"), rs.getObject("unit_rank", Integer.class),
                rs.getObject("unit_size", Integer.class), rs.getString("rank_group"), rs.getBigDecimal("rank_basis"),
                rs.getBoolean("veto"),
                subtotals(rs.getString("subtotals")), rs.getTimestamp("computed_at").toInstant());
    }

    private static void bind(PreparedStatement ps, ScoreRow r) throws SQLException {
        bind(ps, r, 0);
    }

    /** The row's {@value #COLUMNS} values from parameter {@code at} + 1 on. */
    private static void bind(PreparedStatement ps, ScoreRow r, int at) throws SQLException {
        ps.setLong(at + 1, r.memberId());
        ps.setString(at + 2, r.level().name());
        ps.setDate(at + 3, Date.valueOf(r.periodStart()));
        ps.setDate(at + 4, Date.valueOf(r.periodEnd()));
        ps.setLong(at + 5, r.organizationId());
        ps.setString(at + 6, r.orgPath());
        ps.setLong(at + 7, r.rankUnitId());
        ps.setLong(at + 8, r.schemeVersionId());
        ps.setBigDecimal(at + 9, r.base());
        ps.setBigDecimal(at + 10, r.points());
        ps.setBigDecimal(at + 11, r.total());
        ps.setBigDecimal(at + 12, r.rawTotal());
        ps.setBigDecimal(at + 13, r.reward());
        ps.setString(at + 14, r.tierId());
        ps.setString(at + 15, r.tierName());
        ps.setString(at + 16, r.rankGroup());
        ps.setBigDecimal(at + 17, r.rankBasis());
        ps.setBoolean(at + 18, r.veto());
        ps.setString(at + 19, subtotals(r.subtotals()));
        ps.setTimestamp(at + 20, Timestamp.from(r.computedAt()));
        ps.setLong(at + 21, Figures.of(r));
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
