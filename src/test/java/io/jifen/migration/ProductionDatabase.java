package io.jifen.migration;

import io.jifen.testsupport.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A database on the embedded MariaDB with the two users of config/mariadb-users.sql, created by that very file. */
final class ProductionDatabase {

    static final String MIGRATION_USER = "jifen_migration";
    static final String MIGRATION_PASSWORD = "migration-pw-31";
    static final String APP_USER = "jifen_app";
    static final String APP_PASSWORD = "app-pw-52";

    private ProductionDatabase() {
    }

    /** Creates the database and runs the documented grants for it; answers its JDBC URL. */
    static String create(String database) {
        String url = EmbeddedMariaDb.database(database);
        // one client process for the whole script: each one costs seconds on a busy machine
        EmbeddedMariaDb.runAsRoot(String.join(";\n", documentedGrants(database)) + ";");
        return url;
    }

    /** As the Helm Job runs it: the prod profile, configured through the environment variable names. */
    static int migrate(String url, String user, String password) {
        return MigrateOnly.run("--spring.profiles.active=prod",
                "--SPRING_DATASOURCE_URL=" + url,
                "--SPRING_DATASOURCE_USERNAME=" + user,
                "--SPRING_DATASOURCE_PASSWORD=" + password,
                // the pods' setting; migrate-only runs Liquibase regardless
                "--spring.liquibase.enabled=false");
    }

    static JdbcClient client(String url, String user, String password) {
        return JdbcClient.create(new SingleConnectionDataSource(url, user, password, true));
    }

    static int count(JdbcClient db, String query) {
        return db.sql(query).query(Integer.class).single();
    }

    /** config/mariadb-users.sql, for a database of the given name and with test passwords. */
    private static List<String> documentedGrants(String database) {
        String script;
        try {
            script = Files.readString(Path.of("config", "mariadb-users.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        script = script.replaceAll("(?m)^--.*$", "")
                .replace("`jifen`", "`" + database + "`")
                .replace("CHANGE-ME-migration", MIGRATION_PASSWORD)
                .replace("CHANGE-ME-app", APP_PASSWORD);
        // twins for 'localhost': the embedded server's anonymous ''@'localhost' account would shadow the '%' ones
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(s -> s.contains("'@'%'") ? Stream.of(s, s.replace("'@'%'", "'@'localhost'")) : Stream.of(s))
                .toList();
    }
}
