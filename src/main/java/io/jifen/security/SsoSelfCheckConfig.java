package io.jifen.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The SSO self-check wherever the console signs in with Keycloak (not with the dev login). The bean is named
 * {@code ssoHealthIndicator}, so Actuator shows it as the health component {@code sso}.
 */
@Configuration
@Profile("!dev")
@ConditionalOnProperty(name = "jifen.sso-check.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SsoSelfCheckProperties.class)
class SsoSelfCheckConfig {

    @Bean
    SsoSelfCheckRunner ssoHealthIndicator(OidcProperties oidc, EmbedProperties embed, SsoSelfCheckProperties schedule,
                                          Environment environment) {
        return SsoSelfCheckRunner.create(oidc, embed, environment.matchesProfiles("prod"), schedule,
                Clock.systemUTC());
    }
}
