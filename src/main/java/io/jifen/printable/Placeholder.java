package io.jifen.printable;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A placeholder of an organization's workbook template ({@code docs/results.md}, 打印与导出): {@code ${unit}},
 * {@code ${period}}, {@code ${printedOn}}, {@code ${scheme}}, {@code ${memberCount}} anywhere, and in the row template
 * {@code ${member.name}}, {@code ${member.total}}, … {@code ${member.category:<category id or name>}}.
 *
 * @param name     e.g. {@code unit}, {@code member.total}, {@code member.category}
 * @param argument the category of {@code member.category}, else null
 */
record Placeholder(String token, String name, String argument) {

    /** Any {@code ${…}} in a cell: each is either known or refused at upload. */
    static final Pattern TOKEN = Pattern.compile("\\$\\{([^}]*)}");

    static final List<String> SHEET = List.of("unit", "period", "printedOn", "scheme", "memberCount");
    static final List<String> MEMBER = List.of("member.index", "member.name", "member.base", "member.total",
            "member.reward", "member.tier", "member.rank", "member.veto");
    static final String CATEGORY = "member.category";

    boolean member() {
        return name.startsWith("member.");
    }

    /** The placeholder, or empty when its name is not one of the known ones. */
    static Optional<Placeholder> parse(String token, String inner) {
        String body = inner.strip();
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon).strip();
        String arg = colon < 0 ? null : body.substring(colon + 1).strip();
        if (name.equals(CATEGORY)) {
            return arg == null || arg.isEmpty() ? Optional.empty() : Optional.of(new Placeholder(token, name, arg));
        }
        return arg == null && (SHEET.contains(name) || MEMBER.contains(name))
                ? Optional.of(new Placeholder(token, name, null)) : Optional.empty();
    }

    /** The tokens of a cell's text, known or not (the unknown ones with an empty parse). */
    static List<Found> scan(String text) {
        Matcher m = TOKEN.matcher(text);
        List<Found> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new Found(m.group(), parse(m.group(), m.group(1))));
        }
        return out;
    }

    record Found(String token, Optional<Placeholder> placeholder) {
    }
}
