package io.jifen.integration;

import io.jifen.shared.ApiProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** API messages follow Accept-Language among the languages we speak; without one they are Chinese. */
@Configuration
class ApiLocale {

    @Bean
    LocaleResolver localeResolver() {
        return ApiProblemResponses.localeResolver();
    }
}
