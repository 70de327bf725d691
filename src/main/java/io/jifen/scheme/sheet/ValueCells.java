package io.jifen.scheme.sheet;

import io.jifen.scoring.model.ValueOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms of values inside one cell: a range {@code 23~25}, an option line {@code EXCELLENT | 优秀 | 23~25}
 * (one line per option), and lists {@code 本人申报、支部录入}. The reader takes the usual full-width variants too, since
 * a Chinese input method types them.
 */
final class ValueCells {

    static final String LIST_SEPARATOR = "、";
    static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("\\s*([-−]?\\d+(?:\\.\\d+)?)\\s*[~～至到]\\s*([-−]?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*[、,，;；\\n]\\s*");
    private static final Pattern OPTION_PARTS = Pattern.compile("\\s*[|｜]\\s*");

    private ValueCells() {
    }

    static String range(BigDecimal min, BigDecimal max) {
        return plain(min) + "~" + plain(max);
    }

    static String option(ValueOption o) {
        String value = o.isFixed() ? plain(o.min()) : range(o.min(), o.max());
        return o.code() + " | " + (o.label() == null ? "" : o.label()) + " | " + value;
    }

    /** {@code [min, max]} of a range cell, or null when the text is not a range. */
    static String[] parseRange(String text) {
        Matcher m = RANGE.matcher(text);
        return m.matches() ? new String[] {minus(m.group(1)), minus(m.group(2))} : null;
    }

    /** The three parts of an option line, or null when it has not exactly three. */
    static String[] optionParts(String line) {
        String[] parts = OPTION_PARTS.split(line.strip(), -1);
        return parts.length == 3 ? parts : null;
    }

    static boolean looksLikeOptions(String text) {
        return text.contains("|") || text.contains("｜");
    }

    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : LIST.split(cell.strip())) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Whether a name can stand in a list cell as it is (a name holding a separator is written by its id). */
    static boolean listSafe(String name) {
        return !LIST.matcher(name).find();
    }

    static List<String> lines(String cell) {
        return cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The minus sign a word processor substitutes reads as a minus. */
    static String minus(String number) {
        return number.replace('−', '-');
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
