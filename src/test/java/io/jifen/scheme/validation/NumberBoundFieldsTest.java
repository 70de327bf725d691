package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.RuleSchemes;
import io.jifen.scoring.model.NumberBound;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which {@link NumberBound} a field has is said twice: by the JSON Schema ({@code "$ref": "#/$defs/total"}) and by
 * {@code NumberChecks}. Both must agree: every number of every template and rule scheme, set just above the bound the
 * schema gives it, is refused by the raw-document checks at its path with that same bound.
 */
class NumberBoundFieldsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNode SCHEMA = schema();

    /** A number in a document, where it sits and the bound the schema gives it. */
    private record Target(ObjectNode owner, String field, String path, NumberBound bound) {
    }

    private static JsonNode schema() {
        try (InputStream in = NumberBoundFieldsTest.class.getClassLoader()
                .getResourceAsStream("templates/scheme-document.schema.json")) {
            return MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> documents() {
        return Stream.concat(SchemeTemplates.ids().stream().map(SchemeTemplates::json),
                Stream.of(RuleSchemes.rule1(), RuleSchemes.rule2(), RuleSchemes.rule3(), RuleSchemes.rule4Company(),
                        RuleSchemes.rule5(), RuleSchemes.rule6()).map(SchemeDocuments::write));
    }

    @Test
    void theSchemaAndTheNumberChecksGiveEveryFieldTheSameBound() {
        List<String> checked = new ArrayList<>();
        documents().forEach(json -> {
            JsonNode document = MAPPER.readTree(json);
            List<Target> targets = new ArrayList<>();
            walk(document, SCHEMA, "$", null, null, targets);
            for (Target t : targets) {
                JsonNode original = t.owner().get(t.field());
                t.owner().put(t.field(), t.bound().max().add(BigDecimal.ONE));
                List<ValidationIssue> atPath = DocumentChecks.check(document).issues().stream()
                        .filter(i -> i.path().equals(t.path())).toList();
                t.owner().set(t.field(), original);
                assertThat(atPath).as(t.path() + " above " + t.bound()).isNotEmpty();
                atPath.stream().filter(i -> i.key().startsWith("scheme.validation.bounds."))
                        .forEach(i -> assertThat(i.arguments().getFirst()).as(t.path()).isEqualTo(t.bound()));
                checked.add(t.field() + ":" + t.bound());
            }
        });
        // every kind of bound is met at least once, so the walk really followed the schema
        assertThat(checked.stream().map(c -> c.substring(c.indexOf(':') + 1)).distinct())
                .containsExactlyInAnyOrder("POINTS", "TOTAL", "WEIGHT", "COUNT", "DAYS", "ORDINAL", "MONTH");
    }

    /** Follows the document and its schema together: {@code $ref}, {@code oneOf} by {@code type}, properties, items. */
    private static void walk(JsonNode node, JsonNode schema, String path, ObjectNode owner, String field,
            List<Target> out) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String def = s.get("$ref").asString().substring("#/$defs/".length());
            NumberBound bound = bound(def);
            if (bound != null) {
                if (node.isNumber() && owner != null) {
                    out.add(new Target(owner, field, path, bound));
                }
                return;
            }
            s = SCHEMA.get("$defs").get(def);
        }
        if (s.has("oneOf") && node.isObject() && node.has("type")) {
            String type = node.get("type").asString();
            for (JsonNode branch : s.get("oneOf")) {
                JsonNode constant = branch.path("properties").path("type").path("const");
                if (constant.isString() && constant.asString().equals(type)) {
                    s = branch;
                }
            }
        }
        if (node.isObject() && s.has("properties")) {
            JsonNode properties = s.get("properties");
            for (var e : node.properties()) {
                if (properties.has(e.getKey())) {
                    walk(e.getValue(), properties.get(e.getKey()), path + "." + e.getKey(), (ObjectNode) node,
                            e.getKey(), out);
                }
            }
        } else if (node.isArray() && s.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), s.get("items"), path + "[" + i + "]", null, null, out);
            }
        }
    }

    private static NumberBound bound(String def) {
        return Stream.of(NumberBound.values()).filter(b -> b.name().equalsIgnoreCase(def)).findFirst().orElse(null);
    }
}
