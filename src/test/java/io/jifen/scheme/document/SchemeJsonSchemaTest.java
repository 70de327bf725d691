package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code templates/scheme-document.schema.json} (draft 2020-12) accepts every template and refuses what the reader
 * refuses. networknt's validator uses Jackson 2 ({@code com.fasterxml}); that is test scope only.
 */
class SchemeJsonSchemaTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = SchemeJsonSchemaTest.class.getClassLoader()
                .getResourceAsStream("templates/scheme-document.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> templates() {
        return SchemeTemplates.ids().stream();
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        JsonNode node = JACKSON2.readTree(json);
        return SCHEMA.validate(node);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateValidates(String id) throws Exception {
        assertThat(validate(SchemeTemplates.json(id))).as(id).isEmpty();
    }

    static Stream<io.jifen.scoring.model.SchemeVersion> ruleSchemes() {
        return RuleFieldsRoundTripTest.ruleSchemes();
    }

    /** Rules 1–6: documents using every new field are valid against the schema too. */
    @ParameterizedTest
    @MethodSource("ruleSchemes")
    void everyRuleSchemeValidates(io.jifen.scoring.model.SchemeVersion scheme) throws Exception {
        assertThat(validate(SchemeDocuments.write(scheme))).as(scheme.id()).isEmpty();
    }

    @Test
    void theSchemaRefusesBrokenRuleFields() throws Exception {
        String rule2 = SchemeDocuments.write(io.jifen.scoring.RuleSchemes.rule2());
        assertThat(validate(rule2.replace("\"yearStartMonth\" : 7", "\"yearStartMonth\" : 0"))).isNotEmpty();
        assertThat(validate(rule2.replace("\"interimUnit\" : \"QUARTER\",", ""))).isNotEmpty();
        String rule1 = SchemeDocuments.write(io.jifen.scoring.RuleSchemes.rule1());
        assertThat(validate(rule1.replace("\"window\" : \"YEAR\"", "\"window\" : \"MONTH\""))).isNotEmpty();
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws Exception {
        JsonNode schema = JACKSON2.readTree(SchemeJsonSchemaTest.class.getClassLoader()
                .getResourceAsStream("templates/scheme-document.schema.json"));
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        // the 2020-12 meta-schema ships inside the validator jar (no network)
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
        assertThat(meta.validate(JACKSON2.readTree("{\"type\": 12}"))).isNotEmpty();
    }

    @Test
    void brokenDocumentsAreRefusedWithTheirPath() throws Exception {
        String good = SchemeTemplates.json("s10-guandao-gongsi");
        assertThat(validate(good.replaceFirst("\"type\" : \"Fixed\"", "\"type\" : \"Percent\"")))
                .extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .anyMatch(p -> p.startsWith("$.scheme.items[0].value"));
        assertThat(validate(good.replaceFirst("\"categoryId\" : \"STUDY\",", "")))
                .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("categoryId"));
        assertThat(validate(good.replaceFirst("\"max\" : 75", "\"max\" : \"75\"")))
                .extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.scheme.categories[0].cap.max");
        assertThat(validate(good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"))).isNotEmpty();
        String county = SchemeTemplates.json("s07-xian-nongcun");
        assertThat(validate(county.replaceFirst("(?s)\"periodRule\" : \\{.*?\\},", ""))).isNotEmpty();
    }
}
