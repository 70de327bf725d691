package io.jifen.integration;

import io.jifen.shared.ApiProblemResponses;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** Wiring of the API's error contract into the servlet stack. */
@Configuration
class ApiWebConfig {

    /** Before Spring Security (order -100): refusals by security pass through it too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblemResponses problems) {
        FilterRegistrationBean<ApiRequestFilter> registration =
                new FilterRegistrationBean<>(new ApiRequestFilter(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * An unknown {@code /api/**} path is a 404. Without this, Vaadin's catch-all forwarding mapping (lowest
     * precedence) answers it with the app's HTML and 200. It sits right after the controllers' mapping, so a known
     * path with a wrong method or content type still gets its 405/415 from there.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(404);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }
}
