package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The dev login refuses to start next to anything that looks like production. */
class DevLoginGuardTest {

    @Test
    void localEmbeddedDatabaseIsFine() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:mariadb://localhost:40123/jifen");
        env.setActiveProfiles("dev");
        assertThatCode(() -> DevSecurityConfig.refuseProductionSettings(env)).doesNotThrowAnyException();
    }

    @Test
    void prodProfileIsRefused() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev", "prod");
        assertThatThrownBy(() -> DevSecurityConfig.refuseProductionSettings(env)).hasMessageContaining("'prod'");
    }

    @Test
    void keycloakSettingsAreRefused() {
        MockEnvironment env = new MockEnvironment().withProperty("jifen.oidc.issuer-uri",
                "https://sso.example.org/realms/jifen");
        assertThatThrownBy(() -> DevSecurityConfig.refuseProductionSettings(env)).hasMessageContaining("Keycloak");
    }

    @Test
    void remoteDatabaseIsRefused() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:mariadb://db.prod.example.org:3306/jifen");
        assertThatThrownBy(() -> DevSecurityConfig.refuseProductionSettings(env)).hasMessageContaining("local database");
    }
}
