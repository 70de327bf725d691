package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.FactStatus;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The explain.* keys: the same in both bundles with the same operands, every key the engine names is there, and
 * every enum constant an explanation can carry reads in words in both languages.
 */
class ExplanationBundlesTest {

    private static final Pattern PHRASE = Pattern.compile("Phrase\\.of\\(\\s*(?:[^\"()]*\\?\\s*)?\"([\\w.]+)\"");
    private static final Pattern ANY_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    private static Properties load(String name) throws IOException {
        return ValidationBundlesTest.load(name);
    }

    private static Set<String> keys(Properties p) {
        Set<String> out = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(Phrase.PREFIX)).forEach(out::add);
        return out;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndOperands() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(keys(zh)).hasSizeGreaterThan(80).isEqualTo(keys(en));
        for (String k : keys(zh)) {
            assertThat(new MessageFormat(zh.getProperty(k)).getFormatsByArgumentIndex().length)
                    .as(k).isEqualTo(new MessageFormat(en.getProperty(k)).getFormatsByArgumentIndex().length);
        }
    }

    /** Every key literal next to a Phrase.of in the engine (both branches of a choice included) is in the bundles. */
    @Test
    void everyKeyTheEngineNamesIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/jifen/scoring"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = PHRASE.matcher(src);
                while (m.find()) {
                    used.add(Phrase.PREFIX + m.group(1));
                }
                Matcher any = ANY_KEY.matcher(src);
                while (any.find()) {
                    if (load("messages_en.properties").containsKey(Phrase.PREFIX + any.group(1))) {
                        used.add(Phrase.PREFIX + any.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        Set<String> zh = keys(load("messages_zh_CN.properties"));
        assertThat(zh).containsAll(used);
        assertThat(keys(load("messages_en.properties"))).containsAll(used);
    }

    @Test
    void enumOperandsReadInWords() {
        for (Enum<?>[] values : List.<Enum<?>[]>of(Sign.values(), MemberStatus.values(), ExemptionRule.values(),
                FactStatus.values(), RankScope.values(), PeriodUnit.values())) {
            for (Enum<?> e : values) {
                for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                    String text = ExplanationMessages.format(Phrase.of("ignored.memberExempt", e), locale);
                    assertThat(text).as(e + " " + locale).doesNotContain(e.name(), "!");
                }
            }
        }
    }
}
