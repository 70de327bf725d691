package io.jifen.migration;

import static io.jifen.migration.ProductionDatabase.APP_PASSWORD;
import static io.jifen.migration.ProductionDatabase.APP_USER;
import static io.jifen.migration.ProductionDatabase.MIGRATION_PASSWORD;
import static io.jifen.migration.ProductionDatabase.MIGRATION_USER;
import static io.jifen.migration.ProductionDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.JifenApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production split on a real MariaDB: {@code jifen.migrate-only} runs Liquibase with the MIGRATION user and
 * exits; the APPLICATION user, created by the very grants of config/mariadb-users.sql, writes rows (published
 * versions still guarded by the triggers) but cannot change the schema or drop the triggers.
 */
class MigrateOnlyTest {

    private static final String DATABASE = "jifen_grants";
    private static String url;

    @BeforeAll
    static void usersFromTheDocumentedGrants() {
        url = ProductionDatabase.create(DATABASE);
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
        assertThat(ProductionDatabase.migrate(url, MIGRATION_USER, MIGRATION_PASSWORD)).isZero();
        JdbcClient db = ProductionDatabase.client(url, MIGRATION_USER, MIGRATION_PASSWORD);
        int changeSets = count(db, "select count(*) from DATABASECHANGELOG");

        assertThat(changeSets).isPositive();
        assertThat(count(db, "select count(*) from organization")).as("no demo data in prod").isZero();
        assertThat(db.sql("select trigger_name, definer from information_schema.triggers where trigger_schema = ?")
                .param(DATABASE).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .as("owned by the migration user, whose rights they run with")
                .containsExactlyInAnyOrder("scheme_version_published_no_update jifen_migration@localhost",
                        "scheme_version_published_no_delete jifen_migration@localhost",
                        "ledger_entry_final_no_update jifen_migration@localhost",
                        "ledger_entry_final_no_delete jifen_migration@localhost",
                        "member_tenant_on_insert jifen_migration@localhost",
                        "member_tenant_on_update jifen_migration@localhost",
                        "ledger_entry_month_sum_insert jifen_migration@localhost",
                        "ledger_entry_month_sum_update jifen_migration@localhost");

        // once per release: a second run finds nothing to do
        assertThat(ProductionDatabase.migrate(url, MIGRATION_USER, MIGRATION_PASSWORD)).isZero();
        assertThat(count(db, "select count(*) from DATABASECHANGELOG")).isEqualTo(changeSets);
    }

    /** The Job's way in: the jar's main class, switched by the environment variable; the JVM must end by itself. */
    @Test
    void mainMigratesAndExitsWhenTheEnvironmentAsks() throws Exception {
        String fresh = "jifen_grants_main";
        String freshUrl = ProductionDatabase.create(fresh);
        Path log = Files.createTempFile("migrate-only", ".log");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JifenApplication.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        java.environment().putAll(Map.of("JIFEN_MIGRATE_ONLY", "true",
                "SPRING_PROFILES_ACTIVE", "prod",
                "SPRING_DATASOURCE_URL", freshUrl,
                "SPRING_DATASOURCE_USERNAME", MIGRATION_USER,
                "SPRING_DATASOURCE_PASSWORD", MIGRATION_PASSWORD,
                "SPRING_LIQUIBASE_ENABLED", "false"));
        Process process = java.start();
        try {
            assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("the process ends by itself").isTrue();
        } finally {
            process.destroyForcibly();
        }

        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Database migrated").doesNotContain("Tomcat started");
        assertThat(count(ProductionDatabase.client(freshUrl, MIGRATION_USER, MIGRATION_PASSWORD),
                "select count(*) from information_schema.triggers where trigger_schema = '" + fresh + "'"))
                .isEqualTo(8);
    }

    @Test
    void applicationUserCannotMigrate() {
        String fresh = "jifen_grants_fresh";
        String freshUrl = ProductionDatabase.create(fresh);

        assertThat(ProductionDatabase.migrate(freshUrl, APP_USER, APP_PASSWORD))
                .as("exit code: the hook Job, and with it the release, fails").isEqualTo(1);
        assertThat(count(ProductionDatabase.client(freshUrl, APP_USER, APP_PASSWORD),
                "select count(*) from information_schema.tables where table_schema = '" + fresh + "'")).isZero();
    }

    @Test
    void applicationUserWritesRowsButCannotTouchTheSchema() throws SQLException {
        assertThat(ProductionDatabase.migrate(url, MIGRATION_USER, MIGRATION_PASSWORD)).isZero();
        try (Connection app = DriverManager.getConnection(url, APP_USER, APP_PASSWORD);
             Statement sql = app.createStatement()) {
            // the application's kinds of writes: rows, audit rows, a version published
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
            // a confirmed entry reaches the ledger's monthly sums through a trigger and its routine (definer's rights)
            sql.execute("update organization set path = concat('/', id, '/') where code = 'GR'");
            sql.execute("insert into member (name, gender, status, organization_id, org_path) "
                    + "select '授权', 'MALE', 'FULL', id, path from organization where code = 'GR'");
            sql.execute("insert into ledger_entry (id, organization_id, org_path, member_id, scheme_version_id, "
                    + "item_id, value, count, entry_date, source, status, recorded_by, recorded_at) "
                    + "select 1, o.id, o.path, m.id, v.id, 'DEED', 2.5, 2, '2026-03-04', 'SECRETARY', 'CONFIRMED', "
                    + "'gr.admin', now(6) from organization o join member m on m.organization_id = o.id "
                    + "join scheme s on s.organization_id = o.id join scheme_version v on v.scheme_id = s.id "
                    + "where o.code = 'GR'");
            try (var rs = sql.executeQuery("select entry_month, occurrences, points_cents from ledger_month_sum")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
                        .isEqualTo(List.of(2026 * 12 + 2, 2, 500L));
            }
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
}
