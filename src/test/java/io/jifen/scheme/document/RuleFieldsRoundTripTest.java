package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scoring.RuleSchemes;
import io.jifen.scoring.model.SchemeVersion;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fields rules 1–6 added (windowCap, yearStartMonth, interimUnit / interimRollUp, rhythm, baseScore, ranking,
 * eligibility statuses) survive write → read → write byte-identically, are absent from documents that do not use
 * them, and are read strictly.
 */
class RuleFieldsRoundTripTest {

    static Stream<SchemeVersion> ruleSchemes() {
        return Stream.of(RuleSchemes.rule1(), RuleSchemes.rule2(), RuleSchemes.rule3(), RuleSchemes.rule4Company(),
                RuleSchemes.rule4Branch("35"), RuleSchemes.rule5(), RuleSchemes.rule6());
    }

    @ParameterizedTest
    @MethodSource("ruleSchemes")
    void roundTripsByteIdentically(SchemeVersion scheme) {
        String json = SchemeDocuments.write(scheme);
        SchemeVersion read = SchemeDocuments.read(json);
        assertThat(read).isEqualTo(scheme);
        assertThat(SchemeDocuments.write(read)).isEqualTo(json);
    }

    /** The document without white space, so that checks do not depend on the pretty printer. */
    private static String compact(SchemeVersion scheme) {
        return SchemeDocuments.write(scheme).replaceAll("\\s", "");
    }

    @Test
    void theNewFieldsAreWrittenWhereUsed() {
        assertThat(compact(RuleSchemes.rule1())).contains("\"windowCap\":{\"window\":\"YEAR\",\"maxPoints\":12}");
        assertThat(compact(RuleSchemes.rule2())).contains("\"yearStartMonth\":7", "\"interimUnit\":\"QUARTER\"",
                "\"interimRollUp\":\"AVERAGE_OF_SUBPERIODS\"", "\"levels\":[\"INTERIM\",\"YEAR\"]");
        assertThat(compact(RuleSchemes.rule3())).contains("\"rhythm\":\"HALF_YEAR\"");
        assertThat(compact(RuleSchemes.rule4Company())).contains("\"baseScore\":55");
        assertThat(compact(RuleSchemes.rule6())).contains("\"ranking\":{\"basisCategoryId\":\"SERVICE\","
                + "\"statusGroups\":[[\"FULL\",\"PROBATIONARY\"],[\"CANDIDATE\",\"ACTIVIST\"]]}",
                "\"statuses\":[\"ACTIVIST\"]");
    }

    @Test
    void documentsWithoutThemDoNotMentionThem() {
        for (String id : SchemeTemplates.ids()) {
            assertThat(SchemeTemplates.json(id)).as(id).doesNotContain("windowCap", "yearStartMonth", "interimUnit",
                    "rhythm", "\"ranking\"");
        }
    }

    @Test
    void theNewFieldsAreReadStrictly() {
        String rule2 = SchemeDocuments.write(RuleSchemes.rule2());
        assertThatThrownBy(() -> SchemeDocuments.read(rule2.replace("\"yearStartMonth\" : 7",
                "\"yearStartMonth\" : 13"))).isInstanceOf(SchemeDocumentException.class)
                .hasMessageContaining("$.scheme.periodRule.yearStartMonth");
        assertThatThrownBy(() -> SchemeDocuments.read(rule2.replace("\"interimUnit\" : \"QUARTER\"",
                "\"interimUnit\" : \"WEEK\""))).isInstanceOf(SchemeDocumentException.class)
                .hasMessageContaining("$.scheme.periodRule.interimUnit");
        String rule1 = SchemeDocuments.write(RuleSchemes.rule1());
        assertThatThrownBy(() -> SchemeDocuments.read(rule1.replace("\"window\" : \"YEAR\"",
                "\"window\" : \"YEAR\", \"maxPoint\" : 3"))).isInstanceOf(SchemeDocumentException.class)
                .hasMessageContaining("unknown field 'maxPoint'");
        String rule6 = SchemeDocuments.write(RuleSchemes.rule6()).replaceAll("\\s", "");
        assertThatThrownBy(() -> SchemeDocuments.read(rule6.replace("[[\"FULL\",\"PROBATIONARY\"],", "[\"FULL\",")))
                .isInstanceOf(SchemeDocumentException.class).hasMessageContaining("$.scheme.ranking.statusGroups[0]");
    }
}
