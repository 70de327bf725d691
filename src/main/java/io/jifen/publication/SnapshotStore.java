package io.jifen.publication;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Snapshots, their rows and the publication audit, in plain SQL. Every read by id carries the caller's scope in the
 * query, so a foreign snapshot is never loaded.
 */
@Repository
class SnapshotStore {

    private static final String SNAPSHOT = "select id, tenant_id, organization_id, org_path, period_start, period_end, "
            + "revision, scheme_version_id, ledger_mark, entries_counted, state, window_from, window_to, changes, "
            + "frozen_by, frozen_at, published_by, published_at, closed_by, closed_at from result_snapshot ";

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new revision; returns its id. */
    long insert(Snapshot s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into result_snapshot (tenant_id, organization_id, org_path, period_start, period_end, "
                        + "revision, scheme_version_id, ledger_mark, entries_counted, state, window_from, window_to, "
                        + "changes, frozen_by, frozen_at, published_by, published_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.tenantId(), s.organizationId(), s.orgPath(), s.periodStart(), s.periodEnd(), s.revision(),
                        s.schemeVersionId(), s.ledgerMark(), s.entriesCounted(), s.state().name(), s.windowFrom(),
                        s.windowTo(), s.changes(), s.frozenBy(), ts(s.frozenAt()), s.publishedBy(),
                        ts(s.publishedAt()))
                .update(keys);
        return keys.getKey().longValue();
    }

    void insertRows(long snapshotId, List<SnapshotRow> rows) {
        for (SnapshotRow r : rows) {
            jdbc.sql("insert into result_snapshot_row (snapshot_id, member_id, member_name, total, tier_name, "
                            + "unit_rank, unit_size, subtotals, reasons) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(snapshotId, r.memberId(), r.memberName(), r.total(), r.tierName(), r.unitRank(),
                            r.unitSize(), r.subtotals(), r.reasons())
                    .update();
        }
    }

    /** For officers: a snapshot of a unit inside {@code managedPath}, in any state. */
    Optional<Snapshot> managed(long id, String managedPath) {
        return jdbc.sql(SNAPSHOT + "where id = ? and org_path like concat(?, '%')").params(id, managedPath)
                .query(Snapshot.class).optional();
    }

    /** For members: a published (or later) snapshot of a unit above or at {@code memberPath}. */
    Optional<Snapshot> visibleTo(long id, String memberPath) {
        return jdbc.sql(SNAPSHOT + "where id = ? and ? like concat(org_path, '%') and state <> 'FROZEN'")
                .params(id, memberPath).query(Snapshot.class).optional();
    }

    /** Every revision of a unit's period, newest first. */
    List<Snapshot> revisions(long organizationId, LocalDate start) {
        return jdbc.sql(SNAPSHOT + "where organization_id = ? and period_start = ? order by revision desc")
                .params(organizationId, start).query(Snapshot.class).list();
    }

    /** The newest revision of each period of a unit, newest period first. */
    List<Snapshot> latestOf(long organizationId) {
        return jdbc.sql(SNAPSHOT + "s where organization_id = ? and revision = (select max(x.revision) from "
                        + "result_snapshot x where x.organization_id = s.organization_id and x.period_start = "
                        + "s.period_start) order by period_start desc")
                .param(organizationId).query(Snapshot.class).list();
    }

    /** Published snapshots a member of {@code memberPath} may read, newest first. */
    List<Snapshot> publishedFor(String memberPath) {
        return jdbc.sql(SNAPSHOT + "where ? like concat(org_path, '%') and state in ('PUBLISHED', 'CLOSED') "
                + "order by period_start desc, revision desc").param(memberPath).query(Snapshot.class).list();
    }

    List<SnapshotRow> rows(long snapshotId) {
        return jdbc.sql("select id, snapshot_id, member_id, member_name, total, tier_name, unit_rank, unit_size, "
                        + "subtotals, reasons from result_snapshot_row where snapshot_id = ? "
                        + "order by unit_rank is null, unit_rank, member_name")
                .param(snapshotId).query(SnapshotRow.class).list();
    }

    void publish(long id, LocalDate from, LocalDate to, String by, Instant at) {
        jdbc.sql("update result_snapshot set state = 'PUBLISHED', window_from = ?, window_to = ?, published_by = ?, "
                + "published_at = ? where id = ? and state = 'FROZEN'").params(from, to, by, ts(at), id).update();
    }

    void supersede(long id) {
        jdbc.sql("update result_snapshot set state = 'SUPERSEDED' where id = ?").param(id).update();
    }

    /** Published snapshots whose window ended before {@code today}. */
    List<Snapshot> windowsEndedBefore(LocalDate today) {
        return jdbc.sql(SNAPSHOT + "where state = 'PUBLISHED' and window_to < ? order by id").param(today)
                .query(Snapshot.class).list();
    }

    /** Closes one window; false when another run already did (the update is conditional). */
    boolean closeWindow(long id, String by, Instant at) {
        return jdbc.sql("update result_snapshot set state = 'CLOSED', closed_by = ?, closed_at = ? "
                + "where id = ? and state = 'PUBLISHED'").params(by, ts(at), id).update() == 1;
    }

    void audit(Snapshot s, Long objectionId, String action, String detail, String by, Instant at) {
        jdbc.sql("insert into publication_audit (tenant_id, snapshot_id, objection_id, action, detail, acted_by, "
                        + "acted_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(s.tenantId(), s.id(), objectionId, action, detail, by, ts(at)).update();
    }

    /** The audit actions of a snapshot, oldest first (for tests and the history). */
    List<String> auditOf(long snapshotId) {
        return jdbc.sql("select concat(action, ' ', acted_by) from publication_audit where snapshot_id = ? "
                + "order by id").param(snapshotId).query(String.class).list();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
