package io.jifen.scheme.sheet;

import com.vaadin.flow.i18n.I18NProvider;
import io.jifen.shared.Messages;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.Sign;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bundle lookups for the items workbook. Like the roster workbook, the file always carries Chinese titles and labels
 * (a workbook travels between users whatever their UI language); the reader also accepts the English words and the
 * constant names, and error messages are in the user's language.
 */
final class SheetText {

    private static final List<Locale> FILE_LANGUAGES = List.of(Messages.CHINESE, Locale.ENGLISH);

    /** The three kinds of value rule, by the simple names the document format uses. */
    enum ValueType { Fixed, ByOption, ReviewerRange }

    private final I18NProvider messages;
    private final Locale locale;

    SheetText(I18NProvider messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Messages.CHINESE : locale;
    }

    String msg(String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    /** As written into the file. */
    String file(String key, Object... args) {
        return messages.getTranslation(key, Messages.CHINESE, args);
    }

    String title(ItemColumn column) {
        return msg(column.titleKey());
    }

    String label(Enum<?> value) {
        return file(labelKey(value));
    }

    /** The normalized titles of both languages, for finding the header row. */
    Map<String, ItemColumn> headerTitles() {
        Map<String, ItemColumn> titles = new HashMap<>();
        for (ItemColumn column : ItemColumn.values()) {
            for (Locale language : FILE_LANGUAGES) {
                titles.put(normalize(messages.getTranslation(column.titleKey(), language)), column);
            }
        }
        return titles;
    }

    /** The constant a cell names, in either language or by its constant name. */
    <E extends Enum<E>> Optional<E> choice(Class<E> type, String cell) {
        String wanted = normalize(cell);
        for (E value : type.getEnumConstants()) {
            if (normalize(value.name()).equals(wanted)) {
                return Optional.of(value);
            }
            for (Locale language : FILE_LANGUAGES) {
                if (normalize(messages.getTranslation(labelKey(value), language)).equals(wanted)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The labels a user may type for a column with a fixed choice, for the error message. */
    <E extends Enum<E>> String choices(Class<E> type) {
        Map<E, String> labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, msg(labelKey(value)));
        }
        return String.join(msg("sheet.listSeparator"), labels.values());
    }

    Optional<Boolean> yesNo(String cell) {
        String wanted = normalize(cell);
        if (wanted.equals("true") || wanted.equals("false")) {
            return Optional.of(wanted.equals("true")); // a cell Excel turned into a logical value
        }
        for (Locale language : FILE_LANGUAGES) {
            if (normalize(messages.getTranslation("common.yes", language)).equals(wanted)) {
                return Optional.of(true);
            }
            if (normalize(messages.getTranslation("common.no", language)).equals(wanted)) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    String yesNo(boolean flag) {
        return file(flag ? "common.yes" : "common.no");
    }

    private static String labelKey(Enum<?> value) {
        return switch (value) {
            case CategoryKind k -> "schemes.kind." + k.name();
            case Sign s -> "explain.enum.Sign." + s.name();
            case PeriodUnit u -> "scheme.validation.enum.PeriodUnit." + u.name();
            case MemberStatus s -> "member.status." + s.name();
            case Recorder r -> "sheet.recorder." + r.name();
            case ValueType t -> "sheet.valueType." + t.name();
            default -> throw new IllegalArgumentException("no label for " + value.getDeclaringClass());
        };
    }

    /** Users add spaces, line breaks or a required-marker star; none of that changes the word. */
    static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }
}
