package io.jifen.bench;

import io.jifen.testsupport.EmbeddedMariaDb;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MariaDB settings the ledger aggregation needs (docs/performance.md, the chart's {@code mariadb} values): the
 * buffer pool holds the quarter's ledger rows and their indexes, and the GROUP BY's temporary table stays in memory.
 * All are dynamic, so the bench sets them on the running embedded server.
 */
final class LedgerBenchServer {

    static final String SETTINGS = "set global innodb_buffer_pool_size = 1073741824; "
            + "set global tmp_table_size = 268435456; set global max_heap_table_size = 268435456; "
            // the bulk load only: a larger redo log spares checkpoint flushes while 5 M rows go in
            + "set global innodb_log_file_size = 536870912;";

    private LedgerBenchServer() {
    }

    static void tune() {
        EmbeddedMariaDb.runAsRoot(SETTINGS);
    }

    static void print(JdbcClient jdbc) {
        jdbc.sql("select variable_name, variable_value from information_schema.global_variables where variable_name "
                        + "in ('VERSION', 'INNODB_BUFFER_POOL_SIZE', 'TMP_TABLE_SIZE', 'MAX_HEAP_TABLE_SIZE')")
                .query((rs, n) -> String.format(Locale.ROOT, "%s=%s", rs.getString(1), rs.getString(2))).list()
                .forEach(v -> System.out.println("mariadb " + v));
    }
}
