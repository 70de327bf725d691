package io.jifen.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows a statement made MariaDB read (the session's Handler_read_* counters), measured on the connection the JPA
 * transaction uses: a count that does not depend on the load of the machine.
 */
final class RowsRead {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;

    RowsRead(ApplicationContext context) {
        this.dataSource = context.getBean(DataSource.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    long of(Runnable work) {
        Long read = transactions.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            long before = reads(c);
            long overhead = reads(c) - before; // what reading the counters itself costs
            long start = reads(c);
            work.run();
            return reads(c) - start - overhead;
        });
        return read == null ? -1 : read;
    }

    private static long reads(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("show session status like 'Handler_read%'")) {
            long total = 0;
            while (rows.next()) {
                total += rows.getLong(2);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
