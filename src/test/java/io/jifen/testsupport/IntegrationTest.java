package io.jifen.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests on the real embedded MariaDB with the demo data and the dev profile. Subclasses without their own
 * context configuration share one application context (and one database).
 */
@SpringBootTest
@ActiveProfiles("dev")
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_test");
    }
}
