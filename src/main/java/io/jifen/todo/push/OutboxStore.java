package io.jifen.todo.push;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code todo_outbox}: one row per todo and event, unique on (todo id, event), so a todo's CREATED and DONE are
 * each stored — and therefore sent — once however many refreshes race. A row is due while it is undelivered and its
 * next attempt has come; a sender takes it by a conditional update (a lease), so of two senders exactly one posts it.
 */
@Component
class OutboxStore {

    static final String CREATED = "CREATED";
    static final String DONE = "DONE";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event waiting to be sent. */
    record Pending(long id, String todoId, String event, String deliveryId, String payload, int attempts) {

        String idempotencyKey() {
            return todoId + "#" + event;
        }
    }

    /** The tenant's todos the portal was told about (CREATED stored) and not yet told are done. */
    Set<String> knownOpen(long tenantId) {
        return new HashSet<>(jdbc.sql("select o.todo_id from todo_outbox o where o.tenant_id = ? and o.event = 'CREATED' "
                + "and not exists (select 1 from todo_outbox d where d.todo_id = o.todo_id and d.event = 'DONE')")
                .param(tenantId).query(String.class).list());
    }

    /** Stores the event unless it is stored already (another refresh won the race): true if this call stored it. */
    boolean add(long tenantId, String todoId, String event, String deliveryId, String payload, Instant now) {
        return jdbc.sql("insert ignore into todo_outbox (tenant_id, todo_id, event, delivery_id, payload, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 0, ?, ?)")
                .params(tenantId, todoId, event, deliveryId, payload, ts(now), ts(now)).update() == 1;
    }

    /**
     * Undelivered events whose attempt is due, oldest first. A DONE waits while its CREATED is still being retried:
     * the portal must never hear "done" of a todo it does not know.
     */
    List<Pending> due(Instant now, int limit) {
        return jdbc.sql("select o.id, o.todo_id, o.event, o.delivery_id, o.payload, o.attempts from todo_outbox o "
                + "where o.delivered_at is null and o.next_attempt_at <= ? "
                + "and (o.claimed_until is null or o.claimed_until < ?) "
                + "and (o.event = 'CREATED' or not exists (select 1 from todo_outbox c where c.todo_id = o.todo_id "
                + "and c.event = 'CREATED' and c.delivered_at is null and c.next_attempt_at is not null)) "
                + "order by o.next_attempt_at, o.id limit ?")
                .params(ts(now), ts(now), limit)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6))).list();
    }

    /** Takes the event for one attempt until {@code leaseUntil}; false when another sender has it or it is done. */
    boolean claim(long id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update todo_outbox set claimed_until = ?, attempts = attempts + 1 where id = ? "
                + "and delivered_at is null and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")
                .params(ts(leaseUntil), id, ts(now), ts(now)).update() == 1;
    }

    void delivered(long id, Instant at) {
        jdbc.sql("update todo_outbox set delivered_at = ?, next_attempt_at = null, claimed_until = null, "
                + "last_error = null where id = ?").params(ts(at), id).update();
    }

    /**
     * Removes both events of every todo whose DONE was delivered before {@code before}: the portal has closed them and
     * no source lists them any more. Open todos, undelivered and given-up events stay (an operator re-arms those).
     *
     * @return the rows removed
     */
    int purgeDone(Instant before) {
        return jdbc.sql("delete o from todo_outbox o join todo_outbox d on d.todo_id = o.todo_id and d.event = 'DONE' "
                + "where d.delivered_at < ?").param(ts(before)).update();
    }

    /** Records a failed attempt; {@code nextAttempt} null gives the event up (it stays, with its error, for an operator). */
    void failed(long id, String error, Instant nextAttempt) {
        jdbc.sql("update todo_outbox set next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?")
                .params(nextAttempt == null ? null : ts(nextAttempt), abbreviate(error), id).update();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
