package io.jifen.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change: fills the pinyin sort key and the name-search terms of members stored before they existed.
 * Pinyin needs Java ({@link NameKeys}), so this cannot be plain SQL; new and renamed members get theirs on save.
 */
public class MemberNameKeysChange implements CustomTaskChange {

    private static final int BATCH = 1000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            long after = 0;
            Map<Long, String> names;
            while (!(names = nextNames(connection, after)).isEmpty()) {
                write(connection, names);
                after = names.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("cannot fill the members' name keys", e);
        }
    }

    private static Map<Long, String> nextNames(Connection connection, long after) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, name from member where id > ? order by id limit " + BATCH)) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return names;
    }

    private static void write(Connection connection, Map<Long, String> names) throws SQLException {
        try (PreparedStatement key = connection.prepareStatement("update member set name_key = ? where id = ?");
                PreparedStatement term = connection.prepareStatement(
                        "insert ignore into member_name_search (member_id, term) values (?, ?)")) {
            for (Map.Entry<Long, String> member : names.entrySet()) {
                key.setString(1, NameKeys.sortKey(member.getValue()));
                key.setLong(2, member.getKey());
                key.addBatch();
                for (String text : NameKeys.searchTerms(member.getValue())) {
                    term.setLong(1, member.getKey());
                    term.setString(2, text);
                    term.addBatch();
                }
            }
            key.executeBatch();
            term.executeBatch();
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "members' pinyin sort keys and name-search terms filled";
    }

    @Override
    public void setUp() {
        // no parameters
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
