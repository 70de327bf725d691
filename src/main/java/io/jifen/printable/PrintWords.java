package io.jifen.printable;

import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** The bundles in one locale for a printable (renders run outside a Vaadin UI, in a download request). */
record PrintWords(Locale locale) {

    private static final Messages MESSAGES = new Messages();

    String t(String key, Object... params) {
        return MESSAGES.getTranslation(key, locale, params);
    }

    /** The page label, bundle key {@code print.page} ("page n of m"). */
    String page(int page, int pages) {
        return t("print.page", page, pages);
    }

    String range(LocalDate from, LocalDate to) {
        return t("print.range", from.toString(), to.toString());
    }

    static String number(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** Points with their sign, as on a wall sheet: "+3", "-2". */
    static String signed(BigDecimal v) {
        return v == null ? "" : (v.signum() > 0 ? "+" : "") + number(v);
    }
}
