package io.jifen.ledger.sheet;

import io.jifen.ledger.sheet.EntrySheetReader.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The cells of one sheet row as typed values, before any lookup: each unreadable cell is reported at its column
 * (a bundle key), so that one pass lists every problem of the file.
 */
final class EntryRowParser {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    /** A row read: the member by id or by name, and the draft's fields. */
    record Parsed(int rowNumber, Long memberId, String memberName, String itemId, String option, BigDecimal value,
            int count, LocalDate date, String basis) {
    }

    private EntryRowParser() {
    }

    /** @param problems receives (column, bundle key) for each unreadable cell; the row is then null */
    static Parsed parse(SheetRow row, BiConsumer<EntryColumn, String> problems) {
        boolean[] bad = {false};
        BiConsumer<EntryColumn, String> report = (c, key) -> {
            bad[0] = true;
            problems.accept(c, key);
        };
        for (EntryColumn column : EntryColumn.values()) {
            if (column.required() && row.get(column).isEmpty()) {
                report.accept(column, "ledger.sheet.error.required");
            }
        }
        String member = row.get(EntryColumn.MEMBER);
        boolean byId = DIGITS.matcher(member).matches();
        BigDecimal value = number(row.get(EntryColumn.VALUE), report);
        int count = count(row.get(EntryColumn.COUNT), report);
        LocalDate date = date(row.get(EntryColumn.DATE), report);
        if (bad[0]) {
            return null;
        }
        return new Parsed(row.rowNumber(), byId ? Long.valueOf(member) : null, byId ? null : member,
                row.get(EntryColumn.ITEM), blankToNull(row.get(EntryColumn.OPTION)), value, count, date,
                blankToNull(row.get(EntryColumn.BASIS)));
    }

    private static BigDecimal number(String text, BiConsumer<EntryColumn, String> report) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            report.accept(EntryColumn.VALUE, "ledger.sheet.error.number");
            return null;
        }
    }

    /** Empty means one occurrence; 2.5 is refused, not rounded. */
    private static int count(String text, BiConsumer<EntryColumn, String> report) {
        if (text.isEmpty()) {
            return 1;
        }
        if (!DIGITS.matcher(text).matches() || text.length() > 9) {
            report.accept(EntryColumn.COUNT, "ledger.sheet.error.count");
            return 0;
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(String text, BiConsumer<EntryColumn, String> report) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        report.accept(EntryColumn.DATE, "ledger.sheet.error.date");
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
