package io.jifen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, UI stumble 2: no bean-validation message falls through to Hibernate Validator's own wording
 * ("不能为null", "需要是一个过去的时间"): our bundles override every standard constraint message, in both languages.
 */
class ValidationMessagesTest {

    @Test
    void everyStandardConstraintHasOurWordingInBothLanguages() throws IOException {
        Set<String> standard = load("org/hibernate/validator/ValidationMessages.properties").stringPropertyNames()
                .stream().filter(k -> k.startsWith("jakarta.validation.constraints.")).collect(Collectors.toSet());
        assertThat(standard).hasSizeGreaterThan(20);
        Properties zh = load("i18n/messages_zh_CN.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(zh.stringPropertyNames()).containsAll(standard);
        assertThat(en.stringPropertyNames()).containsAll(standard);
        assertThat(zh.stringPropertyNames()).as("both bundles have the same keys").isEqualTo(en.stringPropertyNames());
    }

    @Test
    void theConfiguredInterpolatorSpeaksNaturalChinese() {
        record Sample(@NotNull String required, @Past LocalDate born) {
        }
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new LocaleInterpolator(Messages.CHINESE)).buildValidatorFactory().getValidator();
        Set<String> messages = validator.validate(new Sample(null, LocalDate.now().plusDays(1))).stream()
                .map(v -> v.getMessage()).collect(Collectors.toSet());
        assertThat(messages).containsExactlyInAnyOrder("此项为必填项", "请填写今天以前的日期");
    }

    /** Our interpolator with a fixed locale, as Vaadin's binder passes the UI's locale. */
    private static final class LocaleInterpolator implements jakarta.validation.MessageInterpolator {
        private final ResourceBundleMessageInterpolator delegate = new BundleMessageInterpolator();
        private final Locale locale;

        LocaleInterpolator(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale l) {
            return delegate.interpolate(template, context, l);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
