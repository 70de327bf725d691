package io.jifen.scheme.validation;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the engine's explanations ({@link Phrase}: a key and typed operands) in the user's language through the
 * application's bundles, Chinese unless the locale is English — the same way {@link ValidationMessages} renders
 * validation issues, with the same rendering of numbers and enum constants. A nested phrase is rendered in place; a
 * list of phrases reads as a sum ("a + b"), any other list as an enumeration; a period as its two dates, a category
 * cap as its bound.
 */
public final class ExplanationMessages {

    private static final Messages MESSAGES = new Messages();

    private ExplanationMessages() {
    }

    public static String format(Phrase phrase, Locale locale) {
        if (phrase == null) {
            return null;
        }
        Object[] args = phrase.operands().stream().map(o -> operand(o, locale)).toArray();
        return MESSAGES.getTranslation(phrase.key(), locale, args);
    }

    private static Object operand(Object o, Locale locale) {
        return switch (o) {
            case Phrase p -> format(p, locale);
            case List<?> l -> join(l, locale);
            case Period p -> MESSAGES.getTranslation("explain.period", locale, p.start().toString(),
                    p.end().toString());
            case Cap c -> cap(c, locale);
            // as text, so that MessageFormat adds no grouping separator (2025, not 2,025)
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case BigDecimal d -> ValidationMessages.plain(d);
            case null -> "—";
            default -> ValidationMessages.argument(o, locale).toString();
        };
    }

    /** A category cap in words: "cap 5", "floor −20" or "range [−20, 5]" (an open cap never clamps). */
    private static String cap(Cap c, Locale locale) {
        String key = c.isOpen() ? "explain.cap.none" : c.min() == null ? "explain.cap.max"
                : c.max() == null ? "explain.cap.min" : "explain.cap.range";
        return MESSAGES.getTranslation(key, locale, c.min() == null ? "" : ValidationMessages.plain(c.min()),
                c.max() == null ? "" : ValidationMessages.plain(c.max()));
    }

    private static String join(List<?> list, Locale locale) {
        boolean terms = !list.isEmpty() && list.stream().allMatch(Phrase.class::isInstance);
        String separator = terms ? " + " : MESSAGES.getTranslation("explain.list.separator", locale);
        return list.stream().map(o -> String.valueOf(operand(o, locale))).collect(Collectors.joining(separator));
    }
}
