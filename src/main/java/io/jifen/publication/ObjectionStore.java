package io.jifen.publication;

import static io.jifen.publication.SnapshotStore.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections and their evidence files, in plain SQL; reads by id carry the scope in the query. */
@Repository
class ObjectionStore {

    private static final String OBJECTION = "select o.id, o.tenant_id, o.snapshot_id, o.org_path, o.member_id, "
            + "o.entry_id, o.reason, o.state, o.raised_by, o.raised_at, o.answer_due, o.answer, o.answered_by, "
            + "o.answered_at from publication_objection o ";
    /** The objections of every revision of one unit's period. */
    private static final String OF_PERIOD = "join result_snapshot s on s.id = o.snapshot_id "
            + "where s.organization_id = ? and s.period_start = ? ";

    /** An evidence file's metadata; the bytes are in the evidence store under {@code storageKey}. */
    record File(long id, long objectionId, String fileName, String contentType, int sizeBytes, String storageKey) {
    }

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Objection o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into publication_objection (tenant_id, snapshot_id, org_path, member_id, entry_id, reason, "
                        + "state, raised_by, raised_at, answer_due) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)")
                .params(o.tenantId(), o.snapshotId(), o.orgPath(), o.memberId(), o.entryId(), o.reason(),
                        o.raisedBy(), ts(o.raisedAt()), o.answerDue())
                .update(keys);
        return keys.getKey().longValue();
    }

    void insertFile(long objectionId, String name, String type, int size, String key) {
        jdbc.sql("insert into publication_objection_file (objection_id, file_name, content_type, size_bytes, "
                + "storage_key) values (?, ?, ?, ?, ?)").params(objectionId, name, type, size, key).update();
    }

    List<File> files(long objectionId) {
        return jdbc.sql("select id, objection_id, file_name, content_type, size_bytes, storage_key from "
                + "publication_objection_file where objection_id = ? order by id").param(objectionId)
                .query(File.class).list();
    }

    /** For officers: an objection raised in a unit inside {@code managedPath}. */
    Optional<Objection> managed(long id, String managedPath) {
        return jdbc.sql(OBJECTION + "where o.id = ? and o.org_path like concat(?, '%')").params(id, managedPath)
                .query(Objection.class).optional();
    }

    Optional<Objection> own(long id, long memberId) {
        return jdbc.sql(OBJECTION + "where o.id = ? and o.member_id = ?").params(id, memberId)
                .query(Objection.class).optional();
    }

    List<Objection> ofPeriod(long organizationId, LocalDate start) {
        return jdbc.sql(OBJECTION + OF_PERIOD + "order by o.id").params(organizationId, start)
                .query(Objection.class).list();
    }

    List<Objection> ofMember(long memberId) {
        return jdbc.sql(OBJECTION + "where o.member_id = ? order by o.id desc").param(memberId)
                .query(Objection.class).list();
    }

    /** Answers an open objection; false when it was answered meanwhile (the update is conditional). */
    boolean answer(long id, Objection.State state, String answer, String by, Instant at) {
        return jdbc.sql("update publication_objection set state = ?, answer = ?, answered_by = ?, answered_at = ? "
                + "where id = ? and state = 'OPEN'").params(state.name(), answer, by, ts(at), id).update() == 1;
    }

    /** Objections of the unit's period upheld after {@code since} (what a new revision must take in). */
    long upheldSince(long organizationId, LocalDate start, Instant since) {
        return jdbc.sql("select count(*) from publication_objection o " + OF_PERIOD
                        + "and o.state = 'UPHELD' and o.answered_at > ?")
                .params(organizationId, start, ts(since)).query(Long.class).single();
    }

    /** Open objections in the subtree; with {@code overdueOn}, only those whose due day passed before it. */
    long countOpen(String managedPath, LocalDate overdueOn) {
        if (managedPath == null) {
            return 0;
        }
        String sql = "select count(*) from publication_objection where org_path like concat(?, '%') "
                + "and state = 'OPEN'";
        return overdueOn == null ? jdbc.sql(sql).param(managedPath).query(Long.class).single()
                : jdbc.sql(sql + " and answer_due < ?").params(managedPath, overdueOn).query(Long.class).single();
    }
}
