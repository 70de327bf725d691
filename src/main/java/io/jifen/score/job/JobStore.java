package io.jifen.score.job;

import io.jifen.score.job.JobProgress.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code score_job} rows. Claims are conditional updates: of two replicas asking at once, one gets the row. */
@Component
class JobStore {

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, String path, LocalDate from, LocalDate to, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into score_job (organization_id, org_path, range_from, range_to, state, started_by, "
                        + "started_at) values (?, ?, ?, ?, 'QUEUED', ?, ?)")
                .params(unitId, path, from, to, by, utc(at)).update(key);
        return key.getKey().longValue();
    }

    /**
     * Takes the job for {@code owner} unless another live owner holds it: a job nobody owns, or whose owner's
     * heartbeat is older than {@code staleBefore} (that replica died). True when this call got it.
     */
    boolean claim(long id, String owner, Instant now, Instant staleBefore) {
        return jdbc.sql("update score_job set owner = ?, heartbeat = ?, state = 'RUNNING' where id = ? "
                        + "and state in ('QUEUED', 'RUNNING') and (owner is null or heartbeat < ?)")
                .params(owner, utc(now), id, utc(staleBefore)).update() == 1;
    }

    /** Progress of one batch; called in the batch's transaction, and only while this owner still holds the job. */
    void batchDone(long id, String owner, long lastUnitId, int units, Instant now) {
        int n = jdbc.sql("update score_job set units_done = units_done + ?, last_unit_id = ?, heartbeat = ? "
                        + "where id = ? and owner = ?")
                .params(units, lastUnitId, utc(now), id, owner).update();
        if (n != 1) {
            throw new IllegalStateException("job " + id + " was taken over by another replica");
        }
    }

    void total(long id, int units) {
        jdbc.sql("update score_job set units_total = ? where id = ?").params(units, id).update();
    }

    void finish(long id, String owner, State state, String error, Instant now) {
        jdbc.sql("update score_job set state = ?, error = ?, finished_at = ?, heartbeat = ? where id = ? and owner = ?")
                .params(state.name(), error, utc(now), utc(now), id, owner).update();
    }

    Optional<Long> lastUnit(long id) {
        return jdbc.sql("select last_unit_id from score_job where id = ?").param(id)
                .query((rs, n) -> (Long) rs.getObject(1)).optional();
    }

    /** A job inside the subtree {@code scopePath} only: scope is part of the query. */
    Optional<JobProgress> find(long id, String scopePath) {
        return jdbc.sql("select * from score_job where id = ? and org_path like ?").params(id, scopePath + "%")
                .query((rs, n) -> read(rs)).optional();
    }

    Optional<JobProgress> find(long id) {
        return jdbc.sql("select * from score_job where id = ?").param(id).query((rs, n) -> read(rs)).optional();
    }

    /** Jobs no live replica runs: queued or running without a heartbeat since {@code staleBefore}. */
    List<Long> orphans(Instant staleBefore) {
        return jdbc.sql("select id from score_job where state in ('QUEUED', 'RUNNING') "
                        + "and (heartbeat is null or heartbeat < ?) order by id")
                .param(utc(staleBefore)).query(Long.class).list();
    }

    /**
     * Times are stored as UTC wall-clock values: replicas in different time zones must agree on how old a heartbeat
     * is, or one would take another's running job as abandoned.
     */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static JobProgress read(ResultSet rs) throws SQLException {
        return new JobProgress(rs.getLong("id"), rs.getLong("organization_id"),
                rs.getDate("range_from").toLocalDate(), rs.getDate("range_to").toLocalDate(),
                State.valueOf(rs.getString("state")), rs.getInt("units_total"), rs.getInt("units_done"),
                rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("error"));
    }
}
