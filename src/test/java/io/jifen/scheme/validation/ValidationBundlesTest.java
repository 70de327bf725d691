package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both bundles carry the same scheme.validation keys, and every pattern is a valid MessageFormat. */
class ValidationBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ValidationBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> out = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("scheme.validation.")).forEach(out::add);
        return out;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(keys(zh)).isNotEmpty().isEqualTo(keys(en));
        for (String k : keys(zh)) {
            assertThat(new MessageFormat(zh.getProperty(k)).getFormats().length)
                    .as(k).isEqualTo(new MessageFormat(en.getProperty(k)).getFormats().length);
        }
    }
}
