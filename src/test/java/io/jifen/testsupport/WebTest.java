package io.jifen.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of tests that talk HTTP to a running console (dev profile, real MariaDB); they share one server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jifen.embed.portal-origins=https://oa.example.org,http://127.0.0.1:8081")
@ActiveProfiles("dev")
public abstract class WebTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_web");
    }
}
