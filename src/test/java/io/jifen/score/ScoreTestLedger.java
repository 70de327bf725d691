package io.jifen.score;

import io.jifen.ledger.EntryConfirmed;
import io.jifen.organization.Member;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the review and correction parts of the ledger do, done here in SQL so that the scores can be tested on their
 * own: a step's decision in {@code ledger_review}, the last approval confirming the entry (and publishing
 * {@link EntryConfirmed} in that transaction, as the review service does), a reversal entry.
 */
@Component
public class ScoreTestLedger {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    ScoreTestLedger(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    public void approve(long entryId, String stepId, String by) {
        jdbc.sql("insert into ledger_review (entry_id, step_id, decision, decided_by, decided_at) "
                + "values (?, ?, 'APPROVED', ?, now(6))").params(entryId, stepId, by).update();
    }

    /** The last step approved: the entry counts from now on, and the event fires after commit. */
    public void approveLast(long entryId, String stepId, String by) {
        tx.executeWithoutResult(s -> {
            approve(entryId, stepId, by);
            jdbc.sql("update ledger_entry set status = 'CONFIRMED', current_step = null, decided_at = now(6) "
                    + "where id = ?").param(entryId).update();
            published(entryId);
        });
    }

    /** A confirmed reversal of {@code entryId} with the reason; publishes the event after commit. */
    public long reverse(long entryId, String reason, String by) {
        return tx.execute(s -> {
            long id = jdbc.sql("select nextval(ledger_entry_seq)").query(Long.class).single();
            jdbc.sql("insert into ledger_entry (id, version, organization_id, org_path, member_id, scheme_version_id, "
                    + "item_id, option_code, value, count, entry_date, basis, source, status, reverses_id, reason, "
                    + "recorded_by, recorded_at, decided_at) select ?, 0, organization_id, org_path, member_id, "
                    + "scheme_version_id, item_id, option_code, value, count, entry_date, basis, source, 'CONFIRMED', "
                    + "id, ?, ?, now(6), now(6) from ledger_entry where id = ?").params(id, reason, by, entryId)
                    .update();
            published(id);
            return id;
        });
    }

    /** Publishes the event for an entry confirmed as recorded, in a transaction of its own. */
    public void confirmedAsRecorded(long entryId) {
        tx.executeWithoutResult(s -> published(entryId));
    }

    private void published(long entryId) {
        var row = jdbc.sql("select member_id, entry_date from ledger_entry where id = ?").param(entryId)
                .query((rs, n) -> new EntryConfirmed(entryId, rs.getLong(1), rs.getDate(2).toLocalDate())).single();
        events.publishEvent(row);
    }

    public void transferOut(Member m, LocalDate day) {
        jdbc.sql("update member set transfer_out_date = ? where id = ?").params(day, m.getId()).update();
    }
}
