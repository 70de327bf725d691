package io.jifen.organization.roster;

import io.jifen.shared.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Bundle lookups for one import or export. Messages go out in the user's language; labels written into files are
 * always Chinese (the file format), while the reader accepts Chinese, English and the enum constant names.
 */
final class RosterText {

    private static final List<Locale> FILE_LANGUAGES = List.of(Messages.CHINESE, Locale.ENGLISH);

    private final Messages messages;
    private final Locale locale;

    RosterText(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Messages.CHINESE : locale;
    }

    Locale locale() {
        return locale;
    }

    String msg(String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    /** Label as written into a workbook. */
    String file(String key, Object... args) {
        return messages.getTranslation(key, Messages.CHINESE, args);
    }

    String title(RosterColumn column) {
        return msg(column.titleKey());
    }

    String fileTitle(RosterColumn column) {
        return file(column.titleKey());
    }

    /** Header titles the reader recognizes for each column, normalized. */
    Map<String, RosterColumn> headerTitles() {
        Map<String, RosterColumn> titles = new LinkedHashMap<>();
        for (RosterColumn column : RosterColumn.values()) {
            for (Locale language : FILE_LANGUAGES) {
                titles.put(normalizeTitle(messages.getTranslation(column.titleKey(), language)), column);
            }
        }
        return titles;
    }

    /** Every accepted spelling of each constant (both languages and the constant name), normalized. */
    <E extends Enum<E>> Map<String, E> choices(E[] values, Function<E, String> messageKey) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(normalize(value.name()), value);
            for (Locale language : FILE_LANGUAGES) {
                choices.put(normalize(messages.getTranslation(messageKey.apply(value), language)), value);
            }
        }
        return choices;
    }

    /** The words for yes and no in both languages, plus the usual spreadsheet spellings. */
    Map<String, Boolean> yesNo() {
        Map<String, Boolean> words = new LinkedHashMap<>();
        for (Locale language : FILE_LANGUAGES) {
            words.put(normalize(messages.getTranslation("common.yes", language)), true);
            words.put(normalize(messages.getTranslation("common.no", language)), false);
        }
        for (String yes : List.of("true", "y", "1")) {
            words.put(yes, true);
        }
        for (String no : List.of("false", "n", "0")) {
            words.put(no, false);
        }
        return words;
    }

    static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Users add spaces, line breaks or a required-marker star to titles; none of that changes the column. */
    static String normalizeTitle(String title) {
        return normalize(title).replaceAll("[\\s*＊]", "");
    }
}
