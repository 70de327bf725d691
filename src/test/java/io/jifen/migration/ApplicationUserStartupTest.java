package io.jifen.migration;

import static io.jifen.migration.ProductionDatabase.APP_PASSWORD;
import static io.jifen.migration.ProductionDatabase.APP_USER;
import static io.jifen.migration.ProductionDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.JifenApplication;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console as the chart's pods run it: prod profile, Liquibase disabled, the APPLICATION user (rows only) on a
 * schema the migration user built. It starts, reports ready (the readiness group checks the database) and saves.
 */
class ApplicationUserStartupTest {

    @Test
    void consoleRunsWithoutLiquibaseAsTheApplicationUser() throws Exception {
        String url = ProductionDatabase.create("jifen_app_user");
        assertThat(ProductionDatabase.migrate(url, ProductionDatabase.MIGRATION_USER,
                ProductionDatabase.MIGRATION_PASSWORD)).isZero();
        JdbcClient app = ProductionDatabase.client(url, APP_USER, APP_PASSWORD);
        app.sql("insert into organization (code, name, type, path, sort_order, active) "
                + "values ('GR', '测试党委', 'PARTY_COMMITTEE', '/', 0, true)").update();
        app.sql("update organization set path = concat('/', id, '/') where code = 'GR'").update();
        long rootId = app.sql("select id from organization where code = 'GR'").query(Long.class).single();

        try (ConfigurableApplicationContext console = startConsole(url)) {
            assertThat(console.getBeanProvider(SpringLiquibase.class).getIfAvailable()).as("Liquibase").isNull();
            String port = console.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);

            JifenUser admin = new JifenUser("gr.admin", "GR admin", "GR", Set.of(Role.ADMIN), List.of());
            Organization branch = console.getBean(OrganizationService.class)
                    .create(admin, rootId, new Organization("GR-01", "第一支部", OrganizationType.BRANCH));

            assertThat(branch.getId()).isNotNull();
            assertThat(count(app, "select count(*) from organization where code = 'GR-01'")).isEqualTo(1);
        }
    }

    /** The settings of the chart's ConfigMap and Secret (application-prod.yml), with the pods' Liquibase switch. */
    private static ConfigurableApplicationContext startConsole(String url) {
        return new SpringApplicationBuilder(JifenApplication.class)
                .profiles("prod")
                .run("--server.port=0",
                        "--server.address=127.0.0.1",
                        "--SPRING_DATASOURCE_URL=" + url,
                        "--SPRING_DATASOURCE_USERNAME=" + APP_USER,
                        "--SPRING_DATASOURCE_PASSWORD=" + APP_PASSWORD,
                        "--spring.liquibase.enabled=false",
                        // never contacted at startup: the endpoints are derived, no discovery
                        "--JIFEN_OIDC_ISSUER_URI=http://127.0.0.1:9/realms/jifen",
                        "--JIFEN_OIDC_CLIENT_ID=jifen-console",
                        "--JIFEN_OIDC_CLIENT_SECRET=not-used-here");
    }
}
