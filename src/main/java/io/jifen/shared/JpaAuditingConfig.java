package io.jifen.shared;

import io.jifen.security.ActingUser;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration
@EnableJpaAuditing
class JpaAuditingConfig {

    /**
     * Records the login name of the user the service call acts for, whichever path it came through (view, API,
     * import); work done without a user (demo data, startup) is "system". See {@link ActingUser}.
     */
    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(ActingUser.auditName());
    }
}
