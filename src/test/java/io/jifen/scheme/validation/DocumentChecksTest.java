package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the model's constructors refuse, found on the document with every path. */
class DocumentChecksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode doc(String scheme) {
        return JSON.readTree("{\"format\":\"jifen-scheme\",\"formatVersion\":1,\"scheme\":" + scheme + "}");
    }

    private static final String TIERS_OK = """
            {"id":"T","name":"t","levels":["YEAR"],"tiers":[{"id":"A","name":"优秀","min":90},
             {"id":"B","name":"合格","min":80},{"id":"C","name":"不合格"}]}""";

    @Test
    void aValidDocumentHasNoIssues() {
        JsonNode d = doc("""
                {"id":"S","categories":[{"id":"C","kind":"BONUS","cap":{"min":0,"max":10},"weight":0.5}],
                 "items":[{"id":"I","categoryId":"C","value":{"type":"ReviewerRange","min":1,"max":5},
                           "cap":{"maxCount":2,"maxPoints":10}},
                          {"id":"J","categoryId":"C","value":{"type":"ByOption","options":[
                              {"code":"A","min":2,"max":2},{"code":"B","min":23,"max":25}]},"cap":{}}],
                 "tierSchemes":[%s]}""".formatted(TIERS_OK));
        assertThat(DocumentChecks.check(d).issues()).isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("negative window cap (rule 1)", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"Fixed","points":2},"cap":{},
                          "windowCap":{"window":"YEAR","maxPoints":-12}}]}""",
                        "$.scheme.items[0].windowCap.maxPoints", "cap.pointsNotPositive"),
                Arguments.of("unordered tiers", """
                        {"tierSchemes":[%s,{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                          {"id":"B","name":"合格","min":60},{"id":"A","name":"优秀","min":90},{"id":"C","name":"差"}]}]}
                        """.formatted(TIERS_OK), "$.scheme.tierSchemes[1].tiers[1].min", "tier.unordered"),
                Arguments.of("lowest tier not last", """
                        {"tierSchemes":[{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                          {"id":"C","name":"差"},{"id":"A","name":"优秀","min":90}]}]}""",
                        "$.scheme.tierSchemes[0].tiers[1].min", "tier.unordered"),
                Arguments.of("overlapping tiers", """
                        {"tierSchemes":[{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                          {"id":"A","name":"优秀","min":90},{"id":"B","name":"良好","min":90},{"id":"C","name":"差"}]}]}
                        """, "$.scheme.tierSchemes[0].tiers[1].min", "tier.overlap"),
                Arguments.of("no lowest tier (a gap below the last threshold)", """
                        {"tierSchemes":[{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                          {"id":"A","name":"优秀","min":90},{"id":"B","name":"合格","min":60}]}]}""",
                        "$.scheme.tierSchemes[0].tiers", "tier.noLowest"),
                Arguments.of("two lowest tiers", """
                        {"tierSchemes":[{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                          {"id":"A","name":"优秀","min":90},{"id":"B","name":"合格"},{"id":"C","name":"差"}]}]}""",
                        "$.scheme.tierSchemes[0].tiers[2].min", "tier.severalLowest"),
                Arguments.of("cap min > max", """
                        {"categories":[{"id":"A","kind":"BONUS","cap":{}},
                                       {"id":"B","kind":"BONUS","cap":{"min":10,"max":5}}]}""",
                        "$.scheme.categories[1].cap.min", "cap.minAboveMax"),
                Arguments.of("negative weight", """
                        {"categories":[{"id":"A","kind":"BONUS","cap":{},"weight":-0.5}]}""",
                        "$.scheme.categories[0].weight", "category.weightOutOfRange"),
                Arguments.of("negative count cap", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"Fixed","points":1},"cap":{"maxCount":-1}}]}
                        """, "$.scheme.items[0].cap.maxCount", "cap.countNotPositive"),
                Arguments.of("negative points cap", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"Fixed","points":1},"cap":{"maxPoints":-3}}]}
                        """, "$.scheme.items[0].cap.maxPoints", "cap.pointsNotPositive"),
                Arguments.of("reviewer range min > max", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"ReviewerRange","min":25,"max":23}}]}""",
                        "$.scheme.items[0].value.min", "value.rangeMinAboveMax"),
                Arguments.of("option min > max", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"ByOption","options":[
                          {"code":"A","min":1,"max":1},{"code":"EXCELLENT","min":25,"max":23}]}}]}""",
                        "$.scheme.items[0].value.options[1].min", "option.minAboveMax"),
                Arguments.of("no options", """
                        {"items":[{"id":"I","categoryId":"C","value":{"type":"ByOption","options":[]}}]}""",
                        "$.scheme.items[0].value.options", "option.none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void reportsAtThePath(String name, String scheme, String path, String key) {
        ValidationReport report = DocumentChecks.check(doc(scheme));
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple(path, "scheme.validation." + key));
        ValidationIssue issue = report.errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH)).doesNotStartWith("!").doesNotContain("{");
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE)).doesNotStartWith("!")
                .doesNotContain("{");
    }

    @Test
    void everyProblemOfTheDocumentIsReported() {
        ValidationReport report = DocumentChecks.check(doc("""
                {"categories":[{"id":"A","kind":"BONUS","cap":{"min":10,"max":5}}],
                 "items":[{"id":"I","categoryId":"A","value":{"type":"ReviewerRange","min":5,"max":1},
                           "cap":{"maxCount":-2}}],
                 "tierSchemes":[{"id":"U","name":"u","levels":["YEAR"],"tiers":[
                   {"id":"B","name":"合格","min":60},{"id":"A","name":"优秀","min":90}]}]}"""));
        assertThat(report.errors()).extracting(ValidationIssue::path).containsExactly(
                "$.scheme.categories[0].cap.min", "$.scheme.items[0].cap.maxCount", "$.scheme.items[0].value.min",
                "$.scheme.tierSchemes[0].tiers[1].min", "$.scheme.tierSchemes[0].tiers");
    }

    @Test
    void messageInBothLanguages() {
        ValidationIssue issue = DocumentChecks.check(doc("""
                {"items":[{"id":"I","categoryId":"C","value":{"type":"ReviewerRange","min":25,"max":23}}]}"""))
                .errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE)).isEqualTo("评定分值范围的下限 25 大于上限 23");
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH))
                .isEqualTo("The minimum 25 of the reviewer range is greater than its maximum 23");
    }

    @Test
    void nothingToCheckInAnEmptyOrForeignDocument() {
        assertThat(DocumentChecks.check(JSON.readTree("{}")).issues()).isEmpty();
        assertThat(DocumentChecks.check(null).issues()).isEmpty();
    }
}
