package io.jifen.scoring;

import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.util.Locale;

/** Test helper: an explanation rendered as a user reads it, in English or Chinese. */
public final class Say {

    private Say() {
    }

    public static String en(Explained x) {
        return en(x.explanation());
    }

    public static String en(Phrase p) {
        return ExplanationMessages.format(p, Locale.ENGLISH);
    }

    public static String zh(Explained x) {
        return zh(x.explanation());
    }

    public static String zh(Phrase p) {
        return ExplanationMessages.format(p, Messages.CHINESE);
    }
}
