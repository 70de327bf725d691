package io.jifen.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Decides whether the dev login may run. A profile name is too easy to set by accident (a production jar started with
 * {@code SPRING_PROFILES_ACTIVE=dev}, a database behind a localhost tunnel), so the dev login also needs proof that the
 * embedded launcher started this very process and its database: the launcher writes a fresh random marker into the
 * database it started ({@value #MARKER_TABLE}) and hands the same marker to the application ({@value #MARKER_PROPERTY}).
 * No production database holds that marker.
 */
final class DevLoginGuard {

    static final String MARKER_PROPERTY = "jifen.dev.launcher-marker";
    static final String MARKER_TABLE = "jifen_launcher.marker";

    private DevLoginGuard() {
    }

    /** Throws with the reason when the dev login must not run; returns quietly otherwise. */
    static void check(Environment env, DataSource dataSource) {
        refuseProductionSettings(env);
        String marker = env.getProperty(MARKER_PROPERTY, "");
        if (marker.isBlank()) {
            throw refused("it was not started by the embedded launcher (mvn spring-boot:test-run); "
                    + "the 'dev' profile alone does not switch it on");
        }
        String stored = storedMarker(dataSource);
        if (!marker.equals(stored)) {
            throw refused("the database is not the embedded one its launcher started");
        }
    }

    static void refuseProductionSettings(Environment env) {
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw refused("the 'prod' profile is active");
        }
        if (env.containsProperty("jifen.oidc.issuer-uri") || env.containsProperty("jifen.oidc.client-secret")) {
            throw refused("Keycloak (jifen.oidc.*) is configured");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.matches("jdbc:mariadb://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*")) {
            throw refused("it only runs on the embedded local database, not on '" + url + "'");
        }
    }

    private static String storedMarker(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select nonce from " + MARKER_TABLE)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            // no marker table, or no right to read it: not the launcher's database
            return null;
        }
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("The dev login refuses to start: " + why + ".");
    }
}
