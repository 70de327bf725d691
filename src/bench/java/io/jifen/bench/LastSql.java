package io.jifen.bench;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Remembers the last SQL Hibernate sent, so the grid bench can print the statement of a slow case. */
public final class LastSql implements StatementInspector {

    static volatile String sql = "";

    @Override
    public String inspect(String statement) {
        sql = statement;
        return statement;
    }
}
