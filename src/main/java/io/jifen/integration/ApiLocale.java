package io.jifen.integration;

import io.jifen.shared.Messages;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** API messages follow Accept-Language among the languages we speak; without one they are Chinese. */
@Configuration
class ApiLocale {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Messages.CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Messages.CHINESE);
        return resolver;
    }
}
