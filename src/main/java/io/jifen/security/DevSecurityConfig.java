package io.jifen.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.jifen.security.ui.DevLoginView;
import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
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
 * Dev login with the demo users — for the embedded default and the tests. It refuses to start unless the embedded
 * launcher started it on the database it started ({@link DevLoginGuard}), so it can never ship by accident.
 */
@Configuration
@Profile("dev")
class DevSecurityConfig {

    DevSecurityConfig(Environment env, DataSource dataSource) {
        DevLoginGuard.check(env, dataSource);
    }

    /** /api/v1 in dev: HTTP Basic with the demo users, so API calls can be tried with curl. */
    @Bean
    @Order(1)
    SecurityFilterChain devApiFilterChain(HttpSecurity http, ApiRefusals refusals) throws Exception {
        return ApiSecurity.base(http, refusals, "Basic")
                .httpBasic(b -> b.authenticationEntryPoint(ApiSecurity.unauthorized(refusals, "Basic"))).build();
    }

    @Bean
    SecurityFilterChain devFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        SecurityConfig.common(http);
        http.httpBasic(Customizer.withDefaults());
        // Vaadin's configurer exempts the login form from CSRF; the dev login form carries the token, so require it.
        // Vaadin's own requests keep their exemption: Flow checks its own CSRF token in every UIDL request.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(DevLoginView.class).enableCsrfConfiguration(false)
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
