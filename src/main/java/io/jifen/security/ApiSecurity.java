package io.jifen.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What every /api/v1 filter chain shares, whatever the login: stateless, no CSRF (no cookies are involved), and
 * refusals answered as {@code application/problem+json} rather than a login page.
 */
final class ApiSecurity {

    static final String PATHS = "/api/**";

    private ApiSecurity() {
    }

    static HttpSecurity base(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> problem(response, HttpStatus.UNAUTHORIZED, "authentication required");
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> problem(response, HttpStatus.FORBIDDEN, "access denied");
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
