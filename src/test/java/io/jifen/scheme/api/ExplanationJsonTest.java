package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** An explained number in JSON: its value, the text in the caller's language and the key with typed operands. */
class ExplanationJsonTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new SimpleModule()
            .addSerializer(Explained.class, new ExplanationJson.ExplainedSerializer())
            .addSerializer(Phrase.class, new ExplanationJson.PhraseSerializer())).build();

    private final Explained x = Explained.lazy(new BigDecimal("2.00"), () -> Phrase.of("item.raw",
            List.of(Phrase.of("term.fact", new BigDecimal("1.00"), 2, "e1")), new BigDecimal("2.00")),
            FactIds.leaf(new String[] {"e1"}, 1), List.of(RuleRef.of(RuleRef.Kind.ITEM, "B")));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void explainedIsWrittenWithTextKeyOperandsFactIdsRules() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(json.writeValueAsString(x)).isEqualTo("{\"value\":2.00,\"text\":\"1 × 2 [e1] = 2\","
                + "\"key\":\"explain.item.raw\",\"operands\":[[{\"key\":\"explain.term.fact\",\"operands\":"
                + "[1.00,2,\"e1\"]}],2.00],\"factIds\":[\"e1\"],\"rules\":[{\"kind\":\"ITEM\",\"id\":\"B\"}]}");
    }

    @Test
    void chineseTextForAChineseCaller() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(json.readTree(json.writeValueAsString(x)).get("text").asString()).isEqualTo("1 分 × 2 次 [e1] = 2");
        assertThat(json.readTree(json.writeValueAsString(Phrase.of("ignored.outOfRange", new BigDecimal("7"),
                new BigDecimal("0.00"), new BigDecimal("5.50")))).get("text").asString())
                .isEqualTo("分值 7 不在 [0, 5.5] 范围内");
    }
}
