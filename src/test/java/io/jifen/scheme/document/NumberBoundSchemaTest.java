package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jifen.scoring.model.NumberBound;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema and docs/scheme-format.md state the bounds of {@link NumberBound}, and only those: one
 * {@code $defs} entry and one table row per constant, and every number of the schema refers to one of them.
 */
class NumberBoundSchemaTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final String RESOURCE = "templates/scheme-document.schema.json";

    private static JsonNode schemaTree() throws Exception {
        try (InputStream in = NumberBoundSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return JACKSON2.readTree(in);
        }
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        try (InputStream in = NumberBoundSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(JACKSON2.readTree(json));
        }
    }

    private static String def(NumberBound b) {
        return b.name().toLowerCase(Locale.ROOT);
    }

    @Test
    void oneDefinitionPerBoundWithItsFigures() throws Exception {
        JsonNode defs = schemaTree().get("$defs");
        for (NumberBound b : NumberBound.values()) {
            JsonNode d = defs.get(def(b));
            assertThat(d).as(b.name()).isNotNull();
            assertThat(d.get("description").asText()).startsWith("NumberBound." + b.name() + ":");
            assertThat(d.get("minimum").decimalValue()).as(b + " min").isEqualByComparingTo(b.min());
            assertThat(d.get("maximum").decimalValue()).as(b + " max").isEqualByComparingTo(b.max());
            if (b.decimals() == 0) {
                assertThat(d.get("type").asText()).as(b.name()).isEqualTo("integer");
                assertThat(d.has("multipleOf")).isFalse();
            } else {
                assertThat(d.get("type").asText()).as(b.name()).isEqualTo("number");
                assertThat(d.get("multipleOf").decimalValue()).as(b + " decimals")
                        .isEqualByComparingTo(BigDecimal.ONE.movePointLeft(b.decimals()));
            }
        }
    }

    @Test
    void everyNumberOfTheSchemaRefersToABound() throws Exception {
        JsonNode defs = schemaTree().get("$defs");
        List<String> unbounded = new ArrayList<>();
        defs.properties().forEach(e -> {
            boolean isBound = java.util.Arrays.stream(NumberBound.values()).anyMatch(b -> def(b).equals(e.getKey()));
            if (!isBound) {
                collectUnbounded(e.getValue(), "$defs." + e.getKey(), unbounded);
            }
        });
        collectUnbounded(schemaTree().get("properties").get("scheme"), "scheme", unbounded);
        assertThat(unbounded).isEmpty();
    }

    /** A node typed number or integer outside the bound definitions is a number nobody bounded. */
    private static void collectUnbounded(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.equals("number") || type.equals("integer")) {
                out.add(at);
            }
            node.properties().forEach(e -> collectUnbounded(e.getValue(), at + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnbounded(node.get(i), at + "[" + i + "]", out);
            }
        }
    }

    @Test
    void theSchemaRefusesNumbersJustOutsideAndAcceptsThemJustInside() throws Exception {
        String good = SchemeTemplates.json("s10-guandao-gongsi");
        assertThat(validate(good)).isEmpty();
        String fixed = "\"type\" : \"Fixed\",\n          \"points\" : 3";
        assertThat(good).contains(fixed);
        assertThat(validate(good.replaceFirst(Pattern.quote(fixed), fixed.replace(": 3", ": 10000")))).isEmpty();
        assertThat(validate(good.replaceFirst(Pattern.quote(fixed), fixed.replace(": 3", ": 9999.99")))).isEmpty();
        for (String bad : new String[] {"10000.01", "1e308", "2.345"}) {
            assertThat(validate(good.replaceFirst(Pattern.quote(fixed), fixed.replace(": 3", ": " + bad))))
                    .as(bad).extracting(m -> m.getInstanceLocation().toString())
                    .contains("$.scheme.items[0].value.points");
        }
        assertThat(validate(good.replaceFirst("\"maxCount\" : (\\d+)", "\"maxCount\" : 10001")))
                .extracting(m -> m.getInstanceLocation().toString()).anyMatch(p -> p.endsWith(".cap.maxCount"));
    }

    @Test
    void theFormatDocumentListsEveryBound() throws Exception {
        String md = Files.readString(Path.of("docs/scheme-format.md"));
        for (NumberBound b : NumberBound.values()) {
            String row = "| `" + b.name() + "` | " + plain(b.min()) + " | " + plain(b.max()) + " | " + b.decimals()
                    + " |";
            assertThat(md).as(b.name()).contains(row);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
