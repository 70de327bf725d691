package io.jifen.security;

import io.jifen.shared.ApiProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

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

    static HttpSecurity base(HttpSecurity http, ApiProblemResponses problems, String challenge) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(problems, challenge))
                        .accessDeniedHandler(forbidden(problems)));
    }

    /** @param challenge {@code Basic} (dev) or {@code Bearer} (Keycloak tokens) */
    static AuthenticationEntryPoint unauthorized(ApiProblemResponses problems, String challenge) {
        return (request, response, failure) -> {
            String header = challenge + " realm=\"" + REALM + "\"";
            if ("Bearer".equals(challenge) && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                header += ", error=\"invalid_token\"";
            } else if ("Basic".equals(challenge)) {
                header += ", charset=\"UTF-8\"";
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, header);
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "api.status.401", problems.locale(request)));
        };
    }

    private static AccessDeniedHandler forbidden(ApiProblemResponses problems) {
        return (request, response, denied) -> problems.write(response, problems.problem(HttpStatus.FORBIDDEN,
                "access-denied", "error.accessDenied", problems.locale(request)));
    }
}
