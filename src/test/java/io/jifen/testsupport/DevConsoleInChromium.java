package io.jifen.testsupport;

import io.jifen.scheme.SchemeService;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test of the console in dev mode (dev login, demo organizations and users) on a random port. Each
 * subclass names its own database in a {@code @DynamicPropertySource} ({@link EmbeddedMariaDb#devProperties}), so
 * what one test records never shows in another's totals and ranks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
public abstract class DevConsoleInChromium {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected SchemeService schemes;

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
        // the machine is shared: dev mode's first page and each round trip may take far longer than 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }
}
