package io.jifen.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What every /api/v1 filter chain shares, whatever the login: stateless, no CSRF (no cookies are involved), and
 * refusals answered as translated {@code application/problem+json} rather than a login page — a 401 names the
 * scheme to use in {@code WWW-Authenticate} (RFC 9110 requires it).
 */
final class ApiSecurity {

    static final String PATHS = "/api/**";
    static final String REALM = "jifen";

    private ApiSecurity() {
    }

    static HttpSecurity base(HttpSecurity http, ApiRefusals refusals, String challenge) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(refusals, challenge))
                        .accessDeniedHandler((request, response, denied) -> refusals.forbidden(request, response)));
    }

    /** @param challenge {@code Basic} (dev) or {@code Bearer} (Keycloak tokens) */
    static AuthenticationEntryPoint unauthorized(ApiRefusals refusals, String challenge) {
        return (request, response, failure) -> {
            String header = challenge + " realm=\"" + REALM + "\"";
            String sent = request.getHeader(HttpHeaders.AUTHORIZATION);
            if ("Bearer".equals(challenge) && sent != null && sent.regionMatches(true, 0, "Bearer ", 0, 7)) {
                header += ", error=\"invalid_token\"";
            } else if ("Basic".equals(challenge)) {
                header += ", charset=\"UTF-8\"";
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, header);
            refusals.unauthorized(request, response);
        };
    }
}
