package io.jifen.scheme.summary;

import java.util.Locale;

/** The summary as HTML: a title, and per section a heading and its sentences indented by depth. */
final class SummaryHtml {

    private SummaryHtml() {
    }

    static String body(SchemeSummary summary, Locale locale) {
        StringBuilder html = new StringBuilder("<div class=\"jifen-summary\">");
        html.append("<h1>").append(escape(summary.title(locale))).append("</h1>");
        String date = summary.effectiveFrom(locale);
        if (date != null) {
            html.append("<p class=\"jifen-summary-date\">").append(escape(date)).append("</p>");
        }
        for (SummarySection section : summary.sections()) {
            html.append("<section><h2>").append(escape(summary.heading(section, locale))).append("</h2><ul>");
            for (SummaryLine line : section.lines()) {
                html.append("<li class=\"depth-").append(Math.min(line.depth(), 4)).append("\">")
                        .append(escape(summary.render(line, locale))).append("</li>");
            }
            html.append("</ul></section>");
        }
        return html.append("</div>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
