package io.jifen.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.testsupport.EmbeddedMariaDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The production split on a real MariaDB: {@code jifen.migrate-only} runs Liquibase with the MIGRATION user and
 * exits; the APPLICATION user, created by the very grants of config/mariadb-users.sql, writes rows (published
 * versions still guarded by the triggers) but cannot change the schema or drop the triggers.
 */
class MigrateOnlyTest {

    private static final String DATABASE = "jifen_grants";
    private static final String MIGRATION_PASSWORD = "migration-pw-31";
    private static final String APP_PASSWORD = "app-pw-52";
    private static String url;

    @BeforeAll
    static void usersFromTheDocumentedGrants() throws IOException {
        url = EmbeddedMariaDb.database(DATABASE);
        for (String statement : documentedGrants(DATABASE)) {
            EmbeddedMariaDb.runAsRoot(statement);
        }
    }

    @Test
    void switchComesFromTheCommandLineOrTheEnvironmentOnly() {
        assertThat(MigrateOnly.requested("--jifen.migrate-only=true")).isTrue();
        assertThat(MigrateOnly.requested("--jifen.migrate-only=false")).isFalse();
        assertThat(MigrateOnly.requested("--server.port=8080")).isFalse();
        System.setProperty(MigrateOnly.PROPERTY, "true");
        try {
            assertThat(MigrateOnly.requested()).isTrue();
        } finally {
            System.clearProperty(MigrateOnly.PROPERTY);
        }
    }

    @Test
    void migrateOnlyRunsLiquibaseWithTheMigrationUserAndExits() {
        assertThat(migrate("jifen_migration", MIGRATION_PASSWORD)).isZero();
        JdbcClient db = client("jifen_migration", MIGRATION_PASSWORD);
        int changeSets = count(db, "select count(*) from DATABASECHANGELOG");

        assertThat(changeSets).isPositive();
        assertThat(count(db, "select count(*) from organization")).as("no demo data in prod").isZero();
        assertThat(db.sql("select trigger_name, definer from information_schema.triggers where trigger_schema = ?")
                .param(DATABASE).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactlyInAnyOrder("scheme_version_published_no_update jifen_migration@localhost",
                        "scheme_version_published_no_delete jifen_migration@localhost");

        // once per release: a second run finds nothing to do
        assertThat(migrate("jifen_migration", MIGRATION_PASSWORD)).isZero();
        assertThat(count(db, "select count(*) from DATABASECHANGELOG")).isEqualTo(changeSets);
    }

    @Test
    void applicationUserCannotMigrate() throws IOException {
        String fresh = "jifen_grants_fresh";
        String freshUrl = EmbeddedMariaDb.database(fresh);
        for (String statement : documentedGrants(fresh)) {
            EmbeddedMariaDb.runAsRoot(statement);
        }

        assertThat(migrate(freshUrl, "jifen_app", APP_PASSWORD)).as("exit code: the hook Job fails").isEqualTo(1);
        assertThat(count(client(freshUrl, "jifen_app", APP_PASSWORD),
                "select count(*) from information_schema.tables where table_schema = '" + fresh + "'")).isZero();
    }

    @Test
    void applicationUserWritesRowsButCannotTouchTheSchema() throws SQLException {
        assertThat(migrate("jifen_migration", MIGRATION_PASSWORD)).isZero();
        try (Connection app = DriverManager.getConnection(url, "jifen_app", APP_PASSWORD);
             Statement sql = app.createStatement()) {
            // the application's writes: rows in the tables, audit rows, a version published
            sql.execute("insert into organization (code, name, type, path, sort_order, active) "
                    + "values ('GR', 'Grants test', 'PARTY_COMMITTEE', '/GR/', 0, true)");
            sql.execute("insert into scheme (organization_id, code, name) "
                    + "select id, 'S1', 'Scheme' from organization where code = 'GR'");
            sql.execute("insert into scheme_version (scheme_id, number, status, document) "
                    + "select id, 1, 'DRAFT', '{}' from scheme where code = 'S1'");
            sql.execute("insert into scheme_revision (timestamp, username) values (1, 'gr.admin')");
            assertThat(sql.executeUpdate("update scheme_version set status = 'PUBLISHED'")).isEqualTo(1);

            // the triggers (run with their definer's rights) still guard published versions
            assertThatThrownBy(() -> sql.execute("update scheme_version set document = '{\"x\":1}'"))
                    .hasMessageContaining("published scheme versions are immutable");
            assertThatThrownBy(() -> sql.execute("delete from scheme_version"))
                    .hasMessageContaining("published scheme versions are immutable");
            // and the application user can neither drop them nor change the schema
            for (String ddl : List.of("drop trigger scheme_version_published_no_update",
                    "create trigger t_sneaky before update on scheme_version for each row set new.status = 'DRAFT'",
                    "alter table scheme_version add column sneaky int",
                    "create table sneaky (id int)",
                    "drop table scheme_version_aud",
                    "create index ix_sneaky on member (name)")) {
                assertThatThrownBy(() -> sql.execute(ddl)).as(ddl).isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
            }
        }
    }

    private static int migrate(String user, String password) {
        return migrate(url, user, password);
    }

    /** As the Helm Job runs it: the prod profile, configured through environment variable names. */
    private static int migrate(String databaseUrl, String user, String password) {
        return MigrateOnly.run("--spring.profiles.active=prod",
                "--SPRING_DATASOURCE_URL=" + databaseUrl,
                "--SPRING_DATASOURCE_USERNAME=" + user,
                "--SPRING_DATASOURCE_PASSWORD=" + password,
                // the pods' setting; migrate-only runs Liquibase regardless
                "--spring.liquibase.enabled=false");
    }

    private static JdbcClient client(String user, String password) {
        return client(url, user, password);
    }

    private static JdbcClient client(String databaseUrl, String user, String password) {
        return JdbcClient.create(new SingleConnectionDataSource(databaseUrl, user, password, true));
    }

    private static int count(JdbcClient db, String query) {
        return db.sql(query).query(Integer.class).single();
    }

    /** config/mariadb-users.sql, for a database of the given name and with test passwords. */
    private static List<String> documentedGrants(String database) throws IOException {
        String script = Files.readString(Path.of("config", "mariadb-users.sql"))
                .replaceAll("(?m)^--.*$", "")
                .replace("`jifen`", "`" + database + "`")
                .replace("CHANGE-ME-migration", MIGRATION_PASSWORD)
                .replace("CHANGE-ME-app", APP_PASSWORD);
        // twins for 'localhost': the embedded server's anonymous ''@'localhost' account would shadow the '%' ones
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(s -> s.contains("'@'%'") ? Stream.of(s, s.replace("'@'%'", "'@'localhost'")) : Stream.of(s))
                .toList();
    }
}
