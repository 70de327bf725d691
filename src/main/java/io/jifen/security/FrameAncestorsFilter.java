package io.jifen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the OA portal frame the console. The CSP {@code frame-ancestors} directive names who may frame us, and any
 * {@code X-Frame-Options} header is swallowed: Spring Security sends DENY and Vaadin 25.2 sends SAMEORIGIN by
 * default, and either would break the iframe (browsers apply the stricter of the two).
 */
@Configuration
class FrameAncestorsFilter extends OncePerRequestFilter {

    static final String X_FRAME_OPTIONS = "X-Frame-Options";

    private final String policy;

    FrameAncestorsFilter(EmbedProperties properties) {
        this.policy = properties.frameAncestors();
    }

    @Bean
    static FilterRegistrationBean<FrameAncestorsFilter> frameAncestorsRegistration(FrameAncestorsFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.FORWARD, jakarta.servlet.DispatcherType.ASYNC);
        return registration;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, new NoFrameOptions(response));
    }

    private static final class NoFrameOptions extends HttpServletResponseWrapper {

        NoFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!X_FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!X_FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
