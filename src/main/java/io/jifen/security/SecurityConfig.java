package io.jifen.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What both login styles share: health probes and the sign-in pages of the frame ({@code /sso/**}) open, frame
 * headers left to {@link FrameAncestorsFilter}.
 */
@Configuration
@EnableConfigurationProperties({EmbedProperties.class, OidcProperties.class, DevUsers.class})
class SecurityConfig {

    static void common(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/actuator/info", "/styles/**", "/error",
                "/sso/**").permitAll());
        http.headers(h -> h.frameOptions(f -> f.disable()));
    }

    /**
     * Any other address is for signed-in users, and goes on to Vaadin's router: an unknown one then gets our "not
     * found" page inside the layout. Vaadin's own default refuses such addresses outright (403 before the router).
     */
    static void otherPathsForSignedInUsers(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl anyRequest) {
        anyRequest.authenticated();
    }
}
