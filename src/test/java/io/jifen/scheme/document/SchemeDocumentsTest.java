package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Lossless round trip of every template, and broken documents failing with the JSON path of the fault. */
class SchemeDocumentsTest {

    static Stream<String> templates() {
        return SchemeTemplates.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void exportImportExportIsByteIdentical(String id) {
        String stored = SchemeTemplates.json(id);
        SchemeDocument doc = SchemeDocuments.readDocument(stored);
        String again = SchemeDocuments.write(doc);
        assertThat(again).isEqualTo(stored);
        // and once more through the model and the InputStream reader, without the envelope info
        String bare = SchemeDocuments.write(doc.scheme());
        SchemeVersion viaStream = SchemeDocuments.read(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)));
        assertThat(SchemeDocuments.write(viaStream)).isEqualTo(bare);
        assertThat(viaStream).isEqualTo(doc.scheme());
    }

    @Test
    void numbersArePlainAndDecimalsExact() {
        String s10 = SchemeTemplates.json("s10-guandao-gongsi");
        assertThat(s10).contains("\"weight\" : 0.5").contains("\"max\" : 75").doesNotContain("75.00");
        SchemeVersion v = SchemeDocuments.read(s10);
        var eval = v.items().stream().filter(i -> i.id().equals("EVAL-DEMOCRATIC")).findFirst().orElseThrow();
        var options = ((ValueRule.ByOption) eval.value()).options();
        assertThat(options.getFirst().min()).isEqualByComparingTo("23");
        assertThat(options.getFirst().max()).isEqualByComparingTo("25");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                // unknown discriminator of a sealed type
                Arguments.of("\"type\" : \"Fixed\"", "\"type\" : \"Percent\"", "$.scheme.items[0].value.type",
                        "unknown type 'Percent'"),
                Arguments.of("\"type\" : \"AtOrBelowTier\"", "\"type\" : \"Worst\"",
                        "$.scheme.consequenceRules[0].trigger.type", "unknown type 'Worst'"),
                // missing required field
                Arguments.of("\"categoryId\" : \"STUDY\",", "", "$.scheme.items[0].categoryId",
                        "required field 'categoryId' is missing"),
                Arguments.of("\"kind\" : \"BASE\",", "", "$.scheme.categories[0].kind", "required field 'kind'"),
                // wrong JSON type
                Arguments.of("\"version\" : 1", "\"version\" : \"one\"", "$.scheme.version", "expected an integer"),
                Arguments.of("\"max\" : 75", "\"max\" : \"75\"", "$.scheme.categories[0].cap.max",
                        "expected a number"),
                Arguments.of("\"veto\" : false", "\"veto\" : \"no\"", "$.scheme.items[0].veto",
                        "expected true or false"),
                // unknown enum value, unknown field, unsupported version
                Arguments.of("\"kind\" : \"BASE\"", "\"kind\" : \"EXTRA\"", "$.scheme.categories[0].kind",
                        "unknown value 'EXTRA'"),
                Arguments.of("\"veto\" : false", "\"vetoo\" : false", "$.scheme.items[0].vetoo",
                        "unknown field 'vetoo'"),
                Arguments.of("\"formatVersion\" : 1", "\"formatVersion\" : 2", "$.formatVersion",
                        "unsupported formatVersion 2"),
                // a value the model refuses: cap min above max
                Arguments.of("\"max\" : 75", "\"min\" : 80, \"max\" : 75", "$.scheme.categories[0].cap",
                        "cap min 80.00 > max 75.00"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenDocumentsNameThePath(String find, String replace, String path, String message) {
        String good = SchemeTemplates.json("s10-guandao-gongsi");
        assertThat(good).contains(find);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        assertThatThrownBy(() -> SchemeDocuments.read(bad))
                .isInstanceOfSatisfying(SchemeDocumentException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.reason()).contains(message);
                    assertThat(e.getMessage()).startsWith(path + ": ");
                });
    }

    @Test
    void malformedJsonAndWrongEnvelope() {
        assertThatThrownBy(() -> SchemeDocuments.read("{\"format\": "))
                .isInstanceOfSatisfying(SchemeDocumentException.class, e -> assertThat(e.path()).isEqualTo("$"))
                .hasMessageContaining("not valid JSON");
        String good = SchemeTemplates.json("s08-xujiayan-cun");
        assertThatThrownBy(() -> SchemeDocuments.read(good + "{}"))
                .isInstanceOfSatisfying(SchemeDocumentException.class, e -> assertThat(e.path()).isEqualTo("$"));
        assertThatThrownBy(() -> SchemeDocuments.read(good.replaceFirst("\"version\" : 1,",
                "\"version\" : 1, \"version\" : 2,"))).hasMessageContaining("not valid JSON")
                .hasMessageContaining("version");
        assertThatThrownBy(() -> SchemeDocuments.read("[]"))
                .isInstanceOf(SchemeDocumentException.class).hasMessage("$: expected an object, got an array");
        assertThatThrownBy(() -> SchemeDocuments.read("{\"format\":\"other\",\"formatVersion\":1,\"scheme\":{}}"))
                .hasMessage("$.format: expected \"jifen-scheme\", got \"other\"");
        assertThatThrownBy(() -> SchemeDocuments.read("{\"format\":\"jifen-scheme\",\"formatVersion\":1}"))
                .hasMessage("$.scheme: required field 'scheme' is missing");
    }

    @Test
    void aRootSchemeNeedsAPeriodRuleAnExtensionDoesNot() {
        String county = SchemeTemplates.json("s07-xian-nongcun");
        String noRule = county.replaceFirst("(?s)\"periodRule\" : \\{.*?\\},", "");
        assertThatThrownBy(() -> SchemeDocuments.read(noRule))
                .isInstanceOfSatisfying(SchemeDocumentException.class,
                        e -> assertThat(e.path()).isEqualTo("$.scheme.periodRule"));
        assertThat(SchemeDocuments.read(SchemeTemplates.json("s07-xx-xiang")).periodRule()).isNull();
    }
}
