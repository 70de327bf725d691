package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jifen.scheme.SchemeCheck;
import io.jifen.scheme.document.SchemeTemplates;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number of a scheme document within its {@code NumberBound}: values just inside are accepted and kept
 * exactly, values just outside are refused at their JSON path with a message in both languages, and the issue's
 * 1e308 / 1e400 never reach the model (issue 6, "Numbers that cannot lie").
 */
class NumberBoundsTest {

    /** A valid scheme whose every number sits exactly on a bound; {@code %s} marks are replaced per test. */
    private static final String AT_THE_BOUNDS = """
            {"format":"jifen-scheme","formatVersion":1,"scheme":{
             "id":"B","name":"bounds","version":1000000,
             "periodRule":{"assessedUnit":"QUARTER","reset":true,"rollUp":"SUM","totalCap":1000000,
                           "overflowAsReward":false,"partialPeriods":"PRO_RATE_BASE"},
             "memberClasses":[{"id":"C","name":"c","baseScore":1000000,"exemption":"NOT_ALLOWED","order":-1000000}],
             "categories":[
               {"id":"BON","name":"加分","kind":"BONUS","sign":"POSITIVE","cap":{"max":1000000},"weight":0.0001,
                "openForExtension":false,"locked":true,"order":1000000},
               {"id":"DED","name":"扣分","kind":"DEDUCTION","sign":"NEGATIVE","cap":{"min":-1000000},"weight":1,
                "openForExtension":false,"locked":true,"order":0}],
             "items":[
               {"id":"F","categoryId":"BON","name":"固定","value":{"type":"Fixed","points":10000},
                "cap":{"maxCount":10000,"maxPoints":1000000},"recordedBy":["SECRETARY"],"evidenceRequired":false,
                "reviewStepIds":[],"memberClassIds":[],"statuses":[],"veto":false,"locked":true,"order":0},
               {"id":"R","categoryId":"DED","name":"评定","value":{"type":"ReviewerRange","min":0.01,"max":9999.99},
                "cap":{"maxCount":1},"recordedBy":["SECRETARY"],"evidenceRequired":false,
                "reviewStepIds":[],"memberClassIds":[],"statuses":[],"veto":false,"locked":true,"order":1},
               {"id":"O","categoryId":"BON","name":"选项","value":{"type":"ByOption","options":[
                  {"code":"A","label":"a","min":0,"max":0.01},{"code":"B","label":"b","min":10000,"max":10000}]},
                "cap":{},"recordedBy":["SECRETARY"],"evidenceRequired":false,
                "reviewStepIds":[],"memberClassIds":[],"statuses":[],"veto":false,"locked":true,"order":2}],
             "tierSchemes":[{"id":"T","name":"t","levels":["PERIOD","YEAR"],"tiers":[
                {"id":"TOP","name":"顶","min":1000000},{"id":"LOW","name":"低","min":-1000000},{"id":"NONE","name":"无"}]}],
             "eligibilityRules":[{"id":"E","name":"e","conditions":[
                {"type":"YearTotalAbove","threshold":-1000000,"inclusive":true}]}],
             "consequenceRules":[{"id":"K","name":"k","level":"YEAR","trigger":{"type":"TopN","n":10000,
                "scope":"UNIT"},"statuses":[],"followUp":{"action":"TALK","due":"WITHIN_DAYS","days":366}}],
             "workflow":{"steps":[],"publicationWindowDays":366,"objectionAnswerDays":0},
             "unlockedParts":[],"removedIds":[]}}""";

    private static String with(String from, String to) {
        if (!AT_THE_BOUNDS.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return AT_THE_BOUNDS.replaceFirst(java.util.regex.Pattern.quote(from), to);
    }

    private static SchemeCheck.Checked check(String json) {
        return SchemeCheck.check(json, null, "$");
    }

    @Test
    void numbersOnTheBoundsAreAcceptedAndKeptExactly() {
        SchemeCheck.Checked checked = check(AT_THE_BOUNDS);
        assertThat(checked.report().errors()).isEmpty();
        assertThat(checked.publishable()).isTrue();
        assertThat(checked.scheme().items().get(1).value().maxPerOccurrence()).isEqualByComparingTo("9999.99");
        assertThat(checked.scheme().categories().getFirst().weight()).isEqualByComparingTo("0.0001");
        assertThat(checked.scheme().periodRule().totalCap()).isEqualByComparingTo("1000000");
    }

    static Stream<Arguments> justOutside() {
        return Stream.of(
                Arguments.of("\"points\":10000", "\"points\":10000.01", "$.scheme.items[0].value.points",
                        "bounds.range"),
                Arguments.of("\"points\":10000", "\"points\":1e308", "$.scheme.items[0].value.points",
                        "bounds.range"),
                Arguments.of("\"points\":10000", "\"points\":1e400", "$.scheme.items[0].value.points",
                        "bounds.range"),
                Arguments.of("\"points\":10000", "\"points\":12.345", "$.scheme.items[0].value.points",
                        "bounds.decimals"),
                Arguments.of("\"max\":9999.99", "\"max\":10000.001", "$.scheme.items[1].value.max", "bounds.range"),
                Arguments.of("\"min\":0.01,\"max\":9999.99", "\"min\":0.001,\"max\":9999.99",
                        "$.scheme.items[1].value.min", "bounds.decimals"),
                Arguments.of("\"min\":10000,\"max\":10000", "\"min\":10000,\"max\":10001",
                        "$.scheme.items[2].value.options[1].max", "bounds.range"),
                Arguments.of("\"maxCount\":10000", "\"maxCount\":10001", "$.scheme.items[0].cap.maxCount",
                        "bounds.range"),
                Arguments.of("\"maxCount\":1}", "\"maxCount\":2.5}", "$.scheme.items[1].cap.maxCount",
                        "bounds.wholeNumber"),
                Arguments.of("\"maxPoints\":1000000", "\"maxPoints\":1000000.01", "$.scheme.items[0].cap.maxPoints",
                        "bounds.range"),
                Arguments.of("\"cap\":{\"max\":1000000}", "\"cap\":{\"max\":1000001}",
                        "$.scheme.categories[0].cap.max", "bounds.range"),
                Arguments.of("\"cap\":{\"min\":-1000000}", "\"cap\":{\"min\":-1000000.01}",
                        "$.scheme.categories[1].cap.min", "bounds.range"),
                Arguments.of("\"weight\":0.0001", "\"weight\":0.00015", "$.scheme.categories[0].weight",
                        "bounds.decimals"),
                Arguments.of("\"weight\":0.0001", "\"weight\":0.00001", "$.scheme.categories[0].weight",
                        "bounds.range"),
                Arguments.of("\"totalCap\":1000000", "\"totalCap\":1e7", "$.scheme.periodRule.totalCap",
                        "bounds.range"),
                Arguments.of("\"baseScore\":1000000", "\"baseScore\":1000000.5", "$.scheme.memberClasses[0].baseScore",
                        "bounds.range"),
                Arguments.of("\"min\":1000000}", "\"min\":1000000.01}", "$.scheme.tierSchemes[0].tiers[0].min",
                        "bounds.range"),
                Arguments.of("\"threshold\":-1000000", "\"threshold\":-1000000.01",
                        "$.scheme.eligibilityRules[0].conditions[0].threshold", "bounds.range"),
                Arguments.of("\"n\":10000", "\"n\":10001", "$.scheme.consequenceRules[0].trigger.n", "bounds.range"),
                Arguments.of("\"days\":366", "\"days\":367", "$.scheme.consequenceRules[0].followUp.days",
                        "bounds.range"),
                Arguments.of("\"publicationWindowDays\":366", "\"publicationWindowDays\":1e3",
                        "$.scheme.workflow.publicationWindowDays", "bounds.range"),
                Arguments.of("\"version\":1000000", "\"version\":1000001", "$.scheme.version", "bounds.range"),
                Arguments.of("\"order\":-1000000", "\"order\":-1000001", "$.scheme.memberClasses[0].order",
                        "bounds.range"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("justOutside")
    void justOutsideIsRefusedAtItsPath(String from, String to, String path, String key) {
        SchemeCheck.Checked checked = check(with(from, to));
        assertThat(checked.publishable()).isFalse();
        assertThat(checked.report().errors()).extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple(path, "scheme.validation." + key));
        ValidationIssue issue = checked.report().errors().getFirst();
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(ValidationMessages.format(issue, locale)).doesNotStartWith("!").doesNotContain("{")
                    .doesNotContain("NumberBound");
        }
    }

    @Test
    void theMessageNamesTheNumberTheBoundsAndTheValue() {
        ValidationIssue issue = check(with("\"points\":10000", "\"points\":1e308")).report().errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("每次的分值须在 -10000 到 10000 之间（当前为 1E+308）");
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH))
                .isEqualTo("The points per occurrence must be between -10000 and 10000 (it is 1E+308)");
        ValidationIssue decimals = check(with("\"points\":10000", "\"points\":12.345")).report().errors()
                .getFirst();
        assertThat(ValidationMessages.format(decimals, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("每次的分值最多保留 2 位小数（当前为 12.345）");
        ValidationIssue whole = check(with("\"maxCount\":1}", "\"maxCount\":2.5}")).report().errors().getFirst();
        assertThat(ValidationMessages.format(whole, Locale.ENGLISH)).isEqualTo("The count must be a whole number (it is 2.5)");
    }

    @Test
    void trailingZerosAreNotDecimalsAndExponentsAreNumbers() {
        assertThat(check(with("\"points\":10000", "\"points\":12.3400")).report().errors()).isEmpty();
        assertThat(check(with("\"points\":10000", "\"points\":1e4")).report().errors()).isEmpty();
        assertThat(check(with("\"points\":10000", "\"points\":-0.00")).report().errors()).isEmpty();
    }

    @Test
    void everyNumberOutOfBoundsIsReportedAtOnce() {
        String doc = with("\"points\":10000", "\"points\":1e308")
                .replace("\"maxCount\":10000", "\"maxCount\":1e9").replace("\"days\":366", "\"days\":400");
        assertThat(check(doc).report().errors()).extracting(ValidationIssue::path).containsExactly(
                "$.scheme.items[0].value.points", "$.scheme.items[0].cap.maxCount",
                "$.scheme.consequenceRules[0].followUp.days");
    }

    @Test
    void aMoreSpecificCheckSpeaksFirstAndOnlyOnce() {
        // a negative weight is "weight out of (0, 1]", not a second, generic bounds message at the same path
        assertThat(check(with("\"weight\":0.0001", "\"weight\":-5")).report().errors())
                .extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple("$.scheme.categories[0].weight", "scheme.validation.category.weightOutOfRange"));
    }

    @Test
    void aTreeReadWithDoublesCannotSmuggleInfinityPastTheChecks() {
        // DocumentChecks is public: a caller may hand it a tree whose 1e400 became +∞
        tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(with("\"points\":10000", "\"points\":1e400"));
        assertThat(DocumentChecks.check(tree).errors()).extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple("$.scheme.items[0].value.points", "scheme.validation.bounds.range"));
    }

    @Test
    void everyShippedTemplatePassesTheBounds() {
        for (String id : SchemeTemplates.ids()) {
            assertThat(DocumentChecks.check(tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(SchemeTemplates.json(id))).errors()).as(id).isEmpty();
        }
    }
}
