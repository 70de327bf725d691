package io.jifen.score.statement;

import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.Phrase;
import java.util.Arrays;
import java.util.Locale;

/** Renders bundle keys and the engine's phrases in one locale, with the engine's rendering of numbers and dates. */
record Words(Locale locale) {

    String say(String key, Object... operands) {
        return ExplanationMessages.format(new Phrase(key, Arrays.asList(operands)), locale);
    }

    String say(Phrase p) {
        return ExplanationMessages.format(p, locale);
    }

    String why(Explained x) {
        return x == null ? null : say(x.explanation());
    }
}
