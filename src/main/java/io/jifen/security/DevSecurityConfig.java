package io.jifen.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.jifen.security.ui.DevLoginView;
import java.util.Collection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Dev login with the demo users — for the embedded default and the tests. It refuses to start next to production
 * settings, so it can never ship by accident.
 */
@Configuration
@Profile("dev")
class DevSecurityConfig {

    DevSecurityConfig(Environment env) {
        refuseProductionSettings(env);
    }

    static void refuseProductionSettings(Environment env) {
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The dev login cannot run with the 'prod' profile active.");
        }
        if (env.containsProperty("jifen.oidc.issuer-uri") || env.containsProperty("jifen.oidc.client-secret")) {
            throw new IllegalStateException("The dev login cannot run while Keycloak (jifen.oidc.*) is configured.");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.isEmpty() && !url.matches("jdbc:mariadb://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*")) {
            throw new IllegalStateException("The dev login only runs on a local database, not on " + url);
        }
    }

    /** /api/v1 in dev: HTTP Basic with the demo users, so API calls can be tried with curl. */
    @Bean
    @Order(1)
    SecurityFilterChain devApiFilterChain(HttpSecurity http) throws Exception {
        return ApiSecurity.base(http).httpBasic(b -> b.authenticationEntryPoint(ApiSecurity.unauthorized())).build();
    }

    @Bean
    SecurityFilterChain devFilterChain(HttpSecurity http) throws Exception {
        SecurityConfig.common(http);
        http.httpBasic(Customizer.withDefaults());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(DevLoginView.class)
                .anyRequest(SecurityConfig::otherPathsForSignedInUsers)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService devUserDetailsService(DevUsers devUsers, PasswordEncoder encoder) {
        String hash = encoder.encode(devUsers.password());
        return username -> devUsers.users().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .map(u -> new DevUserDetails(u.toJifenUser(), hash))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    record DevUserDetails(JifenUser jifenUser, String getPassword) implements UserDetails, HasJifenUser {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return jifenUser.authorities();
        }

        @Override
        public String getUsername() {
            return jifenUser.username();
        }
    }
}
