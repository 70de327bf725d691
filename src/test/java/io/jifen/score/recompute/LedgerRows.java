package io.jifen.score.recompute;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ledger rows written straight into {@code ledger_entry}, as decided entries lie there after recording and review:
 * the recompute reads the table, so its tests need many rows of every kind (confirmed, pending, reversed, counts
 * above one) without walking each through the workflow. Ids come from the table's own sequence.
 */
public final class LedgerRows {

    private final JdbcClient jdbc;
    private final Branch branch;
    private final long schemeVersionId;

    public LedgerRows(JdbcClient jdbc, Branch branch) {
        this.jdbc = jdbc;
        this.branch = branch;
        this.schemeVersionId = jdbc.sql("select v.id from scheme_version v where v.scheme_id = ? order by v.id")
                .param(branch.scheme().getId()).query(Long.class).list().getFirst();
    }

    public long confirmed(Member m, String item, String option, String value, int count, LocalDate day) {
        return insert(m, item, option, value, count, day, "CONFIRMED", null);
    }

    public long pending(Member m, String item, String value, LocalDate day) {
        return insert(m, item, null, value, 1, day, "PENDING", null);
    }

    /** The reversal of {@code original}: it repeats the entry, date included, as {@code Entry.reversalOf} does. */
    public long reversal(Member m, long original) {
        var row = jdbc.sql("select item_id, option_code, value, count, entry_date from ledger_entry where id = ?")
                .param(original).query().singleRow();
        BigDecimal v = (BigDecimal) row.get("value");
        return insert(m, (String) row.get("item_id"), (String) row.get("option_code"),
                v == null ? null : v.toPlainString(), ((Number) row.get("count")).intValue(),
                ((java.sql.Date) row.get("entry_date")).toLocalDate(), "CONFIRMED", original);
    }

    private long insert(Member m, String item, String option, String value, int count, LocalDate day,
            String status, Long reverses) {
        long id = jdbc.sql("select nextval(ledger_entry_seq)").query(Long.class).single();
        jdbc.sql("insert into ledger_entry (id, organization_id, org_path, member_id, scheme_version_id, item_id, "
                        + "option_code, value, count, entry_date, source, status, reverses_id, recorded_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SECRETARY', ?, ?, 'test', ?)")
                .params(id, branch.group().getId(), branch.group().getPath(), m.getId(), schemeVersionId, item,
                        option, value == null ? null : new BigDecimal(value), count, day, status, reverses,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Transfers the member out on {@code day} (the roster's date: that day is no longer a member day). */
    public void transferOut(Member m, LocalDate day) {
        jdbc.sql("update member set transfer_out_date = ? where id = ?").params(day, m.getId()).update();
    }
}
