package io.jifen.migration;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * "Migrate and exit": {@code jifen.migrate-only=true} runs the Liquibase changelog with the configured datasource
 * (the MIGRATION user) and ends the process, exit code 0 on success, without web server, Vaadin or security.
 *
 * <p>Production runs it once per release (the Helm chart's pre-install/pre-upgrade Job, or by hand before an
 * upgrade); the application itself then runs with {@code spring.liquibase.enabled=false} and a database user that
 * may only read and write rows, so it can neither change the schema nor drop the triggers that keep published
 * scheme versions immutable (helm/jifen-console/README.md, config/database.md).
 */
public final class MigrateOnly {

    /** The switch; as SPRING-style environment variable {@code JIFEN_MIGRATE_ONLY=true}. */
    public static final String PROPERTY = "jifen.migrate-only";

    private static final Logger log = LoggerFactory.getLogger(MigrateOnly.class);

    private MigrateOnly() {
    }

    /**
     * Whether the command line, a system property or the environment asks for migrate-only. Decided before any
     * application context exists, so it is not read from application*.yml: a configuration file must never turn the
     * console into a process that exits.
     */
    public static boolean requested(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment.getProperty(PROPERTY, Boolean.class, false);
    }

    /**
     * Runs the migration in a context of its own (datasource and Liquibase auto-configuration only) and answers the
     * process exit code: 0 migrated (or nothing left to do), 1 the migration failed.
     */
    public static int run(String... args) {
        SpringApplication application = new SpringApplication(MigrationContext.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        // migrate-only means Liquibase runs, even where the application's own settings disable it
        application.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("jifen-migrate-only", Map.of("spring.liquibase.enabled", "true"))));
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            // Spring Boot has already logged the cause ("Application run failed")
            log.error("Database migration failed: {}", e.getMessage());
            return 1;
        }
        log.info("Database migrated; exiting as {} asked", PROPERTY);
        return SpringApplication.exit(context);
    }
}
