package io.jifen.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.Results;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 point 10: the engine's explanations are keys with typed operands, rendered in Chinese or English at the
 * edge. A real S9 result reads as exact sentences in both languages; no rendered explanation of the seed pipelines
 * shows a Java {@code toString()}, a missing key, or Latin prose in Chinese.
 */
class ExplanationLanguageTest {

    private static final Pattern JAVA_NAME = Pattern.compile("=\\s*[A-Z][a-z]+[A-Z]\\w*|\\w+\\[\\w+=");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @Test
    void s9QuarterAndYearReadInChineseAndEnglish() {
        SchemeVersion s9 = SchemeResolver.resolve(SeedFixtures.s9(), SeedFixtures.s9Branch()).effective();
        Results r = ScoringEngine.evaluate(s9, List.of(ScoredMember.of("W", "BR-A", "S9-STAFF")), s9Facts("W"),
                Period.year(2025));
        PeriodResult q3 = r.member("W").period(Period.quarter(2025, 3)).orElseThrow();
        Explained bonus = q3.category("GEN-BONUS").orElseThrow().capped();
        AnnualResult year = r.member("W").year(2025).orElseThrow();

        assertThat(Say.zh(bonus)).isEqualTo("8 超出上限 5，计为 5");
        assertThat(Say.en(bonus)).isEqualTo("8 clamped to cap 5 = 5");
        assertThat(Say.zh(q3.total())).isEqualTo("基础分 0 + 积分 100 = 100；无总分上限");
        assertThat(Say.en(q3.total())).isEqualTo("base 0 + points 100 = 100; no total cap");
        assertThat(Say.zh(year.total())).isEqualTo("各评定期总分合计 370 ÷ 4 个评定期 = 92.5；无总分上限");
        assertThat(Say.en(year.total())).isEqualTo("Σ period totals 370 ÷ 4 assessed periods = 92.5; no total cap");
        assertThat(Say.zh(year.eligibility().getFirst().reasons().getFirst())).isEqualTo("满足：每个评定期等次不低于“四星”");
        assertThat(Say.en(year.eligibility().getFirst().reasons().getFirst()))
                .isEqualTo("met: every period at least 四星");
    }

    @Test
    void noRenderedExplanationOfTheSeedsShowsJavaOrLatinProse() {
        List<Results> all = new ArrayList<>();
        SchemeVersion s9 = SchemeResolver.resolve(SeedFixtures.s9(), SeedFixtures.s9Branch()).effective();
        for (SchemeVersion s : List.of(SeedFixtures.s6(), SeedFixtures.s8(), s9, SeedFixtures.s10())) {
            all.add(ScoringEngine.evaluate(s, members(s), everyItem(s), s.periodRule().evaluationYear(2025)));
        }
        List<Phrase> phrases = new ArrayList<>();
        all.forEach(r -> collect(r, phrases));
        assertThat(phrases).hasSizeGreaterThan(100);
        for (Phrase p : phrases) {
            String zh = Say.zh(p);
            String en = Say.en(p);
            assertThat(zh + en).doesNotContain("Explained[", "Record[", "!explain", "!scheme");
            assertThat(JAVA_NAME.matcher(zh + " " + en).find()).as(en).isFalse();
            assertThat(LATIN.matcher(withoutSchemeText(zh, p)).find()).as(zh).isFalse();
        }
    }

    /** One member of each class, one entry for every item (valid, and a few that the engine must ignore). */
    private static List<ScoredMember> members(SchemeVersion s) {
        return s.memberClasses().stream().map(c -> ScoredMember.of("m-" + c.id(), "U1", c.id())).toList();
    }

    private static List<Fact> everyItem(SchemeVersion s) {
        List<Fact> facts = new ArrayList<>();
        LocalDate d = s.periodRule().evaluationYear(2025).start().plusMonths(1).plusDays(9);
        int n = 0;
        for (MemberClass c : s.memberClasses()) {
            for (Item i : s.items()) {
                String m = "m-" + c.id();
                String id = "f" + n++;
                facts.add(switch (i.value()) {
                    case ValueRule.Fixed f -> Fact.of(id, m, i.id(), d).times(3);
                    case ValueRule.ReviewerRange r -> Fact.value(id, m, i.id(), d, null, r.max().toPlainString());
                    case ValueRule.ByOption o -> Fact.value(id, m, i.id(), d, o.options().getFirst().code(),
                            o.options().getFirst().max().toPlainString());
                });
                facts.add(Fact.value("x" + n, m, i.id(), d, "NO-SUCH-OPTION", "99999"));
                facts.add(Fact.of("u" + n, m, i.id(), d).withStatus(FactStatus.CLAIMED));
            }
        }
        String item = s.items().getFirst().id();
        facts.add(Fact.of("nobody", "no-such-member", item, d));
        facts.add(Fact.of("no-item", "m-" + s.memberClasses().getFirst().id(), "NO-SUCH-ITEM", d));
        facts.add(Fact.of("too-late", "m-" + s.memberClasses().getFirst().id(), item, d.plusYears(3)));
        return facts;
    }

    /** Every explanation and phrase reachable from the results (records walked by their components). */
    private static void collect(Object o, List<Phrase> out) {
        switch (o) {
            case null -> { }
            case Explained x -> out.add(x.explanation());
            case Phrase p -> out.add(p);
            case List<?> l -> l.forEach(e -> collect(e, out));
            case Optional<?> opt -> opt.ifPresent(e -> collect(e, out));
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        collect(c.getAccessor().invoke(r), out);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            default -> { }
        }
    }

    /** The Chinese text without the scheme's own names and ids (the operands that are text), longest first. */
    private static String withoutSchemeText(String text, Phrase p) {
        List<String> strings = new ArrayList<>();
        strings(p, strings);
        strings.sort(Comparator.comparingInt(String::length).reversed());
        String rest = text;
        for (String s : strings) {
            rest = rest.replace(s, "");
        }
        return rest;
    }

    private static void strings(Object o, List<String> out) {
        switch (o) {
            case String s -> out.add(s);
            case Phrase p -> p.operands().forEach(e -> strings(e, out));
            case List<?> l -> l.forEach(e -> strings(e, out));
            case null, default -> { }
        }
    }

    private static List<Fact> s9Facts(String m) {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            String d = "2025-" + String.format("%02d", q * 3);
            f.add(Fact.of(m + q + "-meet", m, "GEN-MEETING", LocalDate.parse(d + "-10")).times(5));
            f.add(Fact.of(m + q + "-study", m, "GEN-STUDY", LocalDate.parse(d + "-10")).times(3));
            f.add(Fact.of(m + q + "-dues", m, "GEN-DUES", LocalDate.parse(d + "-10")).times(3));
            f.add(Fact.of(m + q + "-duty", m, "A-DUTY", LocalDate.parse(d + "-11")).times(5));
        }
        f.add(Fact.value("W-b3a", m, "GEN-OUTSTANDING", LocalDate.parse("2025-09-12"), null, "4"));
        f.add(Fact.value("W-b3b", m, "GEN-OUTSTANDING", LocalDate.parse("2025-09-12"), null, "4"));
        f.add(Fact.value("W-i3", m, "A-INNOVATION", LocalDate.parse("2025-09-12"), null, "5"));
        return f;
    }
}
