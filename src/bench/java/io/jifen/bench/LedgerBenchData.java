package io.jifen.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The ledger at scale for {@link LedgerBench}: {@code perMember} entries for every member of the bench tenant, dated
 * inside one quarter, written with multi-row inserts (1,000 rows a statement, foreign and unique checks off for the
 * load session only, as a bulk load does). Deterministic for a seed. Mostly confirmed; about 4 % pending, and every
 * 40th row is the reversal of the member's entry 20 rows before, repeating it as {@code Entry.reversalOf} does.
 */
final class LedgerBenchData {

    static final long FIRST_ID = 1_000_000_000L;

    private static final String DROP = "drop index ix_ledger_entry_scope, drop index ix_ledger_entry_pending, "
            + "drop index ix_ledger_entry_date, drop index ix_ledger_entry_item_date, "
            + "drop index ix_ledger_entry_status_date, drop index ix_ledger_entry_sums, "
            + "drop index ix_ledger_entry_scope_status, drop index ix_ledger_entry_scope_item, "
            + "drop index ix_ledger_entry_idempotency";
    private static final String ADD = "add index ix_ledger_entry_scope (org_path, entry_date, id), "
            + "add index ix_ledger_entry_pending (status, current_step, org_path), "
            + "add index ix_ledger_entry_date (entry_date, id), "
            + "add index ix_ledger_entry_item_date (item_id, entry_date, id), "
            + "add index ix_ledger_entry_status_date (status, entry_date, id), "
            + "add index ix_ledger_entry_sums (member_id, status, item_id, option_code, entry_month, entry_date, "
            + "count, occurrences, points_cents, value_cents), "
            + "add index ix_ledger_entry_scope_status (org_path, status, entry_date, id), "
            + "add index ix_ledger_entry_scope_item (org_path, item_id, entry_date, id), "
            + "add index ix_ledger_entry_idempotency (idempotency_key)";

    private final DataSource dataSource;
    private final Random random;

    LedgerBenchData(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new Random(seed);
    }

    record Loaded(long rows, long reversals, long pending) {
    }

    /** One member as the generator needs it: id, unit and path. */
    record Who(long id, long unitId, String path) {
    }

    Loaded load(List<Who> members, long schemeVersionId, int perMember, LocalDate from, int days)
            throws SQLException {
        long id = FIRST_ID;
        long reversals = 0;
        long pending = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // secondary indexes the foreign keys do not need are built once after the load (a sorted build) instead
            // of row by row: the way a bulk load into an empty table is done
            s.execute("alter table ledger_entry " + DROP);
            s.execute("set foreign_key_checks = 0");
            s.execute("set unique_checks = 0");
            c.setAutoCommit(false);
            StringBuilder sql = new StringBuilder();
            int inStatement = 0;
            LocalDate[] dayOf = new LocalDate[perMember];
            String[] itemOf = new String[perMember];
            int[] valueOf = new int[perMember];
            for (Who m : members) {
                for (int k = 0; k < perMember; k++) {
                    boolean reversal = k % 40 == 39;
                    // the entry a reversal cancels is a confirmed one
                    boolean pend = !reversal && random.nextInt(25) == 0 && k % 40 != 19;
                    LocalDate day = from.plusDays(random.nextInt(60));
                    String item = random.nextInt(4) == 0 ? "VIOLATION-DEED" : "CONTRIB-DEED";
                    int value = 1 + random.nextInt(10);
                    // an earlier confirmed entry of the same member, repeated as Entry.reversalOf does
                    Long reverses = reversal ? id - 20 : null;
                    if (reversal) {
                        reversals++;
                        day = dayOf[k - 20];
                        item = itemOf[k - 20];
                        value = valueOf[k - 20];
                    }
                    dayOf[k] = day;
                    itemOf[k] = item;
                    valueOf[k] = value;
                    pending += pend ? 1 : 0;
                    sql.append(inStatement == 0 ? "" : ",").append('(').append(id).append(',').append(m.unitId())
                            .append(",'").append(m.path()).append("',").append(m.id()).append(',')
                            .append(schemeVersionId).append(",'").append(item).append("',")
                            .append(value).append(",1,'").append(day).append("','BULK','")
                            .append(pend ? "PENDING" : "CONFIRMED").append("',").append(reverses)
                            .append(",'bench',now(6))");
                    id++;
                    if (++inStatement == 1000) {
                        flush(s, sql);
                        inStatement = 0;
                    }
                }
                if (id % 200_000 < perMember) {
                    c.commit();
                }
            }
            if (inStatement > 0) {
                flush(s, sql);
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("set unique_checks = 1");
            s.execute("set foreign_key_checks = 1");
            long t = System.nanoTime();
            s.execute("alter table ledger_entry " + ADD);
            System.out.printf(java.util.Locale.ROOT, "ledger: secondary indexes built in %.1f s%n",
                    (System.nanoTime() - t) / 1e9);
            s.execute("analyze table ledger_entry");
        }
        return new Loaded(id - FIRST_ID, reversals, pending);
    }

    private static void flush(Statement s, StringBuilder values) throws SQLException {
        s.execute("insert into ledger_entry (id, organization_id, org_path, member_id, scheme_version_id, item_id, "
                + "value, count, entry_date, source, status, reverses_id, recorded_by, recorded_at) values "
                + values);
        values.setLength(0);
    }

    /** The tenant's members with their unit and path, in id order. */
    static List<Who> members(DataSource dataSource, String rootPath) throws SQLException {
        List<Who> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "select id, organization_id, org_path from member where org_path like ? order by id")) {
            ps.setString(1, rootPath + "%");
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Who(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
