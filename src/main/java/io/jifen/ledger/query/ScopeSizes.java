package io.jifen.ledger.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many members and units a unit subtree holds, and how many ledger rows a member has on average, for
 * {@link PageReads}' choice of how to read a page. Counts are cached for a few minutes: a stale count only makes a page a little slower, never
 * wrong, and the roster changes slowly next to the grid's keystrokes.
 */
@Component
class ScopeSizes {

    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final String GLOBAL = "";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Counted> counts = new ConcurrentHashMap<>();

    ScopeSizes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Members (archived ones too: their entries stay) in the subtree at {@code path}; index range on org_path. */
    long members(String path) {
        return cached(path, () -> jdbc.sql("select count(*) from member where org_path like ?")
                .param(LedgerQuery.like(path)).query(Long.class).single());
    }

    /** Units (inactive ones too) in the subtree at {@code path}, the path itself included. */
    long units(String path) {
        return cached("units " + path, () -> jdbc.sql("select count(*) from organization where path like ?")
                .param(LedgerQuery.like(path)).query(Long.class).single());
    }

    /**
     * Ledger rows per member over all tenants: InnoDB's row estimate (no scan) over the member count; at least 1.
     */
    double rowsPerMember() {
        long rows = cached(GLOBAL, () -> {
            Long estimate = jdbc.sql("select table_rows from information_schema.tables where table_schema = "
                    + "database() and table_name = 'ledger_entry'").query(Long.class).optional().orElse(0L);
            long members = jdbc.sql("select count(*) from member").query(Long.class).single();
            return members == 0 ? 0 : estimate / members;
        });
        return Math.max(1, rows);
    }

    private long cached(String key, java.util.function.LongSupplier count) {
        Instant now = clock.instant();
        Counted c = counts.get(key);
        if (c == null || c.at().plus(FRESH).isBefore(now)) {
            c = new Counted(count.getAsLong(), now);
            counts.put(key, c);
        }
        return c.value();
    }

    private record Counted(long value, Instant at) {
    }
}
