package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.JifenApplication;
import io.jifen.testsupport.EmbeddedMariaDb;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The dev login runs only when the embedded launcher started it, on the database it started. Every way in that a
 * profile name or a "local-looking" database used to open is refused, on a real MariaDB.
 */
class DevLoginGuardTest {

    private static String url;

    @BeforeAll
    static void database() throws Exception {
        url = EmbeddedMariaDb.database("jifen_guard");
        // a database on the same server that a sidecar or tunnel could show as "localhost": its user cannot see the
        // launcher's marker, just as a real other server would not have it
        EmbeddedMariaDb.runAsRoot("create database if not exists sidecar;"
                + "create user if not exists 'sidecar'@'%' identified by 'sidecar';"
                + "create user if not exists 'sidecar'@'localhost' identified by 'sidecar';"
                + "grant all on sidecar.* to 'sidecar'@'%'; grant all on sidecar.* to 'sidecar'@'localhost'");
    }

    @Test
    void theLauncherWithItsOwnDatabaseMayRunIt() {
        MockEnvironment env = devEnvironment(url).withProperty(DevLoginGuard.MARKER_PROPERTY,
                EmbeddedMariaDb.launcherMarker());
        assertThatCode(() -> DevLoginGuard.check(env, launcherDatabase())).doesNotThrowAnyException();
    }

    @Test
    void theDevProfileAloneIsRefused() {
        // the production jar started with SPRING_PROFILES_ACTIVE=dev: no launcher handed it a marker
        assertThatThrownBy(() -> DevLoginGuard.check(devEnvironment(url), launcherDatabase()))
                .hasMessageContaining("not started by the embedded launcher");
    }

    @Test
    void aProductionProfileWithAnotherNameIsRefused() {
        MockEnvironment env = devEnvironment(url);
        env.setActiveProfiles("dev", "production");
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase()))
                .hasMessageContaining("not started by the embedded launcher");
    }

    @Test
    void aLocalhostDatabaseTheLauncherDidNotStartIsRefused() {
        String sidecarUrl = url.replace("/jifen_guard", "/sidecar");
        MockEnvironment env = devEnvironment(sidecarUrl).withProperty(DevLoginGuard.MARKER_PROPERTY,
                EmbeddedMariaDb.launcherMarker());
        DataSource sidecar = new DriverManagerDataSource(sidecarUrl, "sidecar", "sidecar");
        assertThatThrownBy(() -> DevLoginGuard.check(env, sidecar))
                .hasMessageContaining("not the embedded one its launcher started");
    }

    @Test
    void aForgedMarkerIsRefused() {
        MockEnvironment env = devEnvironment(url).withProperty(DevLoginGuard.MARKER_PROPERTY, "forged");
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase()))
                .hasMessageContaining("not the embedded one its launcher started");
    }

    @Test
    void anEmptyDatasourceUrlIsRefused() {
        MockEnvironment env = devEnvironment("").withProperty(DevLoginGuard.MARKER_PROPERTY,
                EmbeddedMariaDb.launcherMarker());
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase()))
                .hasMessageContaining("embedded local database");
    }

    @Test
    void theProdProfileIsRefused() {
        MockEnvironment env = devEnvironment(url).withProperty(DevLoginGuard.MARKER_PROPERTY,
                EmbeddedMariaDb.launcherMarker());
        env.setActiveProfiles("dev", "prod");
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase())).hasMessageContaining("'prod'");
    }

    @Test
    void keycloakSettingsAreRefused() {
        MockEnvironment env = devEnvironment(url).withProperty("jifen.oidc.issuer-uri",
                "https://sso.example.org/realms/jifen");
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase())).hasMessageContaining("Keycloak");
    }

    @Test
    void aRemoteDatabaseIsRefused() {
        MockEnvironment env = devEnvironment("jdbc:mariadb://db.prod.example.org:3306/jifen");
        assertThatThrownBy(() -> DevLoginGuard.check(env, launcherDatabase()))
                .hasMessageContaining("embedded local database");
    }

    @Test
    void theWholeApplicationWithTheDevProfileButNoLauncherDoesNotStart() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(JifenApplication.class).profiles("dev")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "spring.datasource.password=" + EmbeddedMariaDb.PASSWORD, "server.port=0",
                        "spring.liquibase.enabled=false");
        assertThatThrownBy(app::run).rootCause().hasMessageContaining("not started by the embedded launcher");
    }

    @Test
    void theProductionJarHoldsNeitherTheDevProfileNorTheDemoData() throws Exception {
        // the jar packs src/main/resources (and the theme); the dev profile's file and the demo data are test
        // resources, on the classpath of the launcher and the tests only
        Path resources = Path.of("src", "main", "resources");
        try (var files = Files.walk(resources)) {
            assertThat(files.map(f -> resources.relativize(f).toString().replace('\\', '/')))
                    .contains("db/changelog/db.changelog-master.yaml")
                    .noneMatch(f -> f.startsWith("application-dev"))
                    .noneMatch(f -> f.contains("demo"));
        }
        assertThat(Path.of("src", "test", "resources", "application-dev.yml")).exists();
        assertThat(Path.of("src", "test", "resources", "db", "changelog", "changes",
                "2026-11-23-02-demo-organizations-and-members.sql")).exists();
    }

    private static MockEnvironment devEnvironment(String datasourceUrl) {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", datasourceUrl);
        env.setActiveProfiles("dev");
        return env;
    }

    private static DataSource launcherDatabase() {
        return new DriverManagerDataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }
}
