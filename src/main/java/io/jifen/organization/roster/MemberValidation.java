package io.jifen.organization.roster;

import io.jifen.shared.Messages;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * The Member entity's bean-validation constraints, with messages in a chosen language. The factory is built from
 * META-INF/validation.xml, i.e. with the same bundle interpolator the forms use, so an import reports a bad phone
 * number in exactly the words the member form does; only the locale is fixed per import instead of per JVM.
 */
final class MemberValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private MemberValidation() {
    }

    static Validator forLocale(Locale locale) {
        Locale target = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Messages.CHINESE;
        MessageInterpolator delegate = FACTORY.getMessageInterpolator();
        return FACTORY.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return delegate.interpolate(template, context, target);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return delegate.interpolate(template, context, target);
            }
        }).getValidator();
    }
}
