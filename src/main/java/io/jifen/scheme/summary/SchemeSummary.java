package io.jifen.scheme.summary;

import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The plain-language summary of a scheme for posting to members (issue 8, point 5): one printable page on what earns
 * and costs points, caps, base scores, tiers, vetoes, eligibility, consequences and the review. It is built once in
 * no language (phrases: bundle keys with typed operands, like the engine's explanations) and rendered in any.
 */
public final class SchemeSummary {

    private static final Messages MESSAGES = new Messages();
    private static final String PRINT_CSS = resource("summary-print.css");

    private final SchemeVersion scheme;
    private final List<SummarySection> sections;

    private SchemeSummary(SchemeVersion scheme, List<SummarySection> sections) {
        this.scheme = scheme;
        this.sections = sections;
    }

    /**
     * @param parent the effective parent when {@code scheme} is an extension (the summary is of the scheme the
     *               branch's members are scored by: the parent's rules with the branch's own part), else null
     */
    public static SchemeSummary of(SchemeVersion scheme, SchemeVersion parent) {
        SchemeVersion effective = effective(scheme, parent);
        RulePhrases rules = new RulePhrases(effective);
        List<SummarySection> sections = new ArrayList<>();
        add(sections, "period", rules.period());
        add(sections, "points", new PointsPhrases(effective).lines());
        add(sections, "base", rules.base());
        add(sections, "tiers", rules.tiers());
        add(sections, "veto", rules.vetoes());
        add(sections, "eligibility", rules.eligibility());
        add(sections, "consequences", rules.consequences());
        add(sections, "workflow", rules.workflow());
        return new SchemeSummary(effective, sections);
    }

    /** An extension that cannot be resolved (a draft with errors) is summarized as far as it goes. */
    private static SchemeVersion effective(SchemeVersion scheme, SchemeVersion parent) {
        if (parent == null || !scheme.isExtension()) {
            return scheme;
        }
        try {
            return SchemeResolver.resolve(parent, scheme).effective();
        } catch (RuntimeException e) {
            return scheme.periodRule() != null ? scheme : parent;
        }
    }

    private static void add(List<SummarySection> sections, String name, List<SummaryLine> lines) {
        if (!lines.isEmpty()) {
            sections.add(new SummarySection("summary.section." + name, lines));
        }
    }

    public List<SummarySection> sections() {
        return sections;
    }

    public String title(Locale locale) {
        return MESSAGES.getTranslation("summary.title", locale, scheme.name() == null ? "" : scheme.name());
    }

    /** The date line under the title, or null when the scheme has no effective date yet. */
    public String effectiveFrom(Locale locale) {
        return scheme.effectiveFrom() == null ? null
                : MESSAGES.getTranslation("summary.effectiveFrom", locale, scheme.effectiveFrom().toString());
    }

    /** Every sentence in reading order, headings included: the summary as plain text. */
    public List<String> lines(Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(title(locale));
        for (SummarySection s : sections) {
            out.add(heading(s, locale));
            s.lines().forEach(l -> out.add(render(l, locale)));
        }
        return out;
    }

    public String heading(SummarySection section, Locale locale) {
        return MESSAGES.getTranslation(section.headingKey(), locale);
    }

    public String render(SummaryLine line, Locale locale) {
        String text = render(line.text(), locale);
        if (line.notes().isEmpty()) {
            return text;
        }
        return MESSAGES.getTranslation("summary.withNotes", locale, text, notes(line.notes(), locale));
    }

    /** The summary as one element for the dialog. */
    public String html(Locale locale) {
        return SummaryHtml.body(this, locale);
    }

    /** A whole page with the print stylesheet (A4, no screen chrome), for the browser's print dialog. */
    public String printable(Locale locale) {
        return "<!DOCTYPE html><html lang=\"" + (isEnglish(locale) ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + SummaryHtml.escape(title(locale)) + "</title><style>" + PRINT_CSS + "</style></head><body>"
                + html(locale) + "</body></html>";
    }

    /** Phrases that read as alternatives (an item's options), set apart more strongly than a plain list. */
    record Alternatives(List<Phrase> phrases) {
    }

    static Phrase phrase(String key, Object... operands) {
        return new Phrase(key, Arrays.asList(operands));
    }

    /** A period unit as the summary says it after 每 / 按 (月, 季度, 半年, 年). */
    static Phrase unit(PeriodUnit unit) {
        return phrase("summary.unit." + unit.name());
    }

    private static String render(Phrase phrase, Locale locale) {
        Object[] args = phrase.operands().stream().map(o -> operand(o, locale)).toArray();
        return MESSAGES.getTranslation(phrase.key(), locale, args);
    }

    /** Nested phrases in place, lists as enumerations (alternatives set apart), numbers and constants as the explanations render them. */
    private static String operand(Object o, Locale locale) {
        return switch (o) {
            case Phrase p -> render(p, locale);
            case Alternatives a -> notes(a.phrases(), locale);
            case List<?> l -> l.stream().map(x -> operand(x, locale))
                    .collect(Collectors.joining(MESSAGES.getTranslation("explain.list.separator", locale)));
            case String s -> s;
            case null -> "—";
            default -> ExplanationMessages.format(phrase("summary.operand", o), locale);
        };
    }

    private static String notes(List<Phrase> notes, Locale locale) {
        return notes.stream().map(n -> render(n, locale))
                .collect(Collectors.joining(MESSAGES.getTranslation("summary.noteSeparator", locale)));
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    private static String resource(String name) {
        try (InputStream in = SchemeSummary.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
