package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.RuleRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An explained number keeps the JSON shape it had as a record, lazy formula and shared fact ids included. */
class ExplainedJsonTest {

    @Test
    void explainedIsWrittenAsValueFormulaFactIdsRules() {
        JsonMapper json = JsonMapper.builder().addMixIn(Explained.class, ExplainedJson.class).build();
        Explained x = Explained.lazy(new BigDecimal("2.00"), () -> "1.00×2 [e1] = 2.00",
                FactIds.leaf(new String[] {"e1"}, 1), List.of(RuleRef.of(RuleRef.Kind.ITEM, "B")));

        assertThat(json.writeValueAsString(x)).isEqualTo(
                "{\"value\":2.00,\"formula\":\"1.00×2 [e1] = 2.00\",\"factIds\":[\"e1\"],"
                        + "\"rules\":[{\"kind\":\"ITEM\",\"id\":\"B\"}]}");
    }
}
