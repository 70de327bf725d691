package io.jifen.ledger.ui;

import com.vaadin.flow.component.Component;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ledger refusals in words: an argument that is itself a bundle key (a way in, a status) is translated too. */
final class InputErrors {

    private static final Pattern ROW = Pattern.compile("^\\$\\[(\\d+)]");

    private InputErrors() {
    }

    static String text(Component c, InputError e) {
        Object[] args = e.arguments().stream()
                .map(a -> a instanceof String s && s.startsWith("ledger.") ? c.getTranslation(s) : a).toArray();
        return c.getTranslation(e.messageKey(), args);
    }

    /** A refusal of the service in words; anything else as the shared error messages say it. */
    static String describe(Component c, RuntimeException failed) {
        if (failed instanceof UserFacingException refusal) {
            return c.getTranslation(refusal.messageKey(), translatedArgs(c, refusal.arguments()));
        }
        return ErrorMessages.describe(c.getUI().orElseThrow(), failed);
    }

    private static Object[] translatedArgs(Component c, Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.startsWith("ledger.")) {
                out[i] = c.getTranslation(s);
            }
        }
        return out;
    }

    /** The draft's index of a path like {@code $[3].date}; -1 if the path names no row. */
    static int row(InputError e) {
        Matcher m = ROW.matcher(e.path());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The field of a path like {@code $[3].date}: {@code date}. */
    static String field(InputError e) {
        int dot = e.path().lastIndexOf('.');
        return dot < 0 ? "" : e.path().substring(dot + 1);
    }
}
