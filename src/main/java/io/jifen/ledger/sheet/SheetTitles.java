package io.jifen.ledger.sheet;

import io.jifen.shared.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Column titles of the entry sheet: files are written with the Chinese titles, and read with the titles of either
 * language (a sheet exported by an English-speaking user imports as well).
 */
final class SheetTitles {

    private final Messages messages;
    private final Locale locale;

    SheetTitles(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The title written into files. */
    String file(EntryColumn column) {
        return messages.getTranslation(column.messageKey(), Messages.CHINESE);
    }

    /** The title a message to this user names. */
    String shown(EntryColumn column) {
        return messages.getTranslation(column.messageKey(), locale);
    }

    Map<String, EntryColumn> byTitle() {
        Map<String, EntryColumn> titles = new HashMap<>();
        for (EntryColumn column : EntryColumn.values()) {
            for (Locale language : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
                titles.put(EntrySheetReader.normalize(messages.getTranslation(column.messageKey(), language)), column);
            }
        }
        return titles;
    }
}
