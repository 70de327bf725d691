package io.jifen.migration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * The whole application context of {@link MigrateOnly}: a datasource and Liquibase. Not a {@code @Configuration},
 * so the console's component scan never picks it up; {@link MigrateOnly} hands it to SpringApplication directly.
 * Settings the migration does not need (OIDC client secret, portal origins) are never resolved, so the migration
 * runs with the database settings alone.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        LiquibaseAutoConfiguration.class})
class MigrationContext {
}
