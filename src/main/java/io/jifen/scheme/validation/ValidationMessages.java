package io.jifen.scheme.validation;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Renders an issue in the user's language through the application's bundles (Chinese unless the locale is English).
 * {@link Enum} arguments (period unit, roll-up, level, scheme part) are translated with the keys
 * {@code scheme.validation.enum.<Type>.<NAME>}; without such a key the constant's name is shown.
 */
public final class ValidationMessages {

    private static final Messages MESSAGES = new Messages();

    private ValidationMessages() {
    }

    public static String format(ValidationIssue issue, Locale locale) {
        Object[] args = issue.arguments().stream().map(a -> argument(a, locale)).toArray();
        return MESSAGES.getTranslation(issue.key(), locale, args);
    }

    /** The message prefixed with the JSON path, for logs and plain-text lists. */
    public static String formatWithPath(ValidationIssue issue, Locale locale) {
        return issue.path() + ": " + format(issue, locale);
    }

    /**
     * One operand as a user reads it; explanations ({@link ExplanationMessages}) use the same rendering, so a number
     * or a period unit reads alike in a validation message and in an explanation.
     */
    static Object argument(Object a, Locale locale) {
        if (a == null) {
            return "—";
        }
        if (a instanceof Enum<?> e) {
            return enumName(e, locale);
        }
        if (a instanceof BigDecimal d) {
            return plain(d);
        }
        if (a instanceof Phrase p) {
            return ExplanationMessages.format(p, locale);
        }
        if (a instanceof Cap c) {
            return "[" + (c.min() == null ? "−∞" : plain(c.min())) + ", " + (c.max() == null ? "+∞" : plain(c.max()))
                    + "]";
        }
        return a;
    }

    /** An enum constant in words: {@code scheme.validation.enum.<Type>.<NAME>}, else {@code explain.enum.…}. */
    private static String enumName(Enum<?> e, Locale locale) {
        String suffix = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        for (String prefix : new String[] {"scheme.validation.", "explain."}) {
            String t = MESSAGES.getTranslation(prefix + suffix, locale);
            if (!t.startsWith("!")) {
                return t;
            }
        }
        return e.name();
    }

    /**
     * 80.00 → "80", 0.50 → "0.5"; a plain string keeps MessageFormat from adding grouping separators. A number far
     * outside every bound (1e308) stays in exponent form rather than filling the message with 300 digits.
     */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.precision() - s.scale() > 20 || s.scale() > 20) {
            return s.toString();
        }
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
