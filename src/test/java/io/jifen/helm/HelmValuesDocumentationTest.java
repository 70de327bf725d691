package io.jifen.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart's values are documented for whoever installs it: every value has its {@code ## @param} comment in
 * {@code values.yaml} and a type in {@code values.schema.json}. Read as files; nothing is rendered.
 */
class HelmValuesDocumentationTest {

    private static final Path CHART = ChartRendering.CHART;

    @Test
    void everyValueHasAParamComment() throws IOException {
        String valuesText = Files.readString(CHART.resolve("values.yaml"));
        Set<String> documented = new TreeSet<>();
        Matcher param = Pattern.compile("(?m)^\\s*##\\s*@param\\s+(\\S+)").matcher(valuesText);
        while (param.find()) {
            documented.add(param.group(1));
        }
        List<String> undocumented = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        collectKeys(new Yaml().load(valuesText), "", documented, schema(), keys, undocumented);

        assertThat(undocumented).as("values without a ## @param comment").isEmpty();
        assertThat(documented).as("@param comments naming no value").isSubsetOf(keys);
    }

    @Test
    void schemaTypesEveryValue() throws IOException {
        Map<String, Object> schema = schema();
        assertThat(schema).containsEntry("$schema", "http://json-schema.org/draft-07/schema#");
        List<String> leaves = new ArrayList<>();
        collectLeaves(new Yaml().load(Files.readString(CHART.resolve("values.yaml"))), "", leaves);

        assertThat(leaves).isNotEmpty().allSatisfy(path -> assertThat(schemaAt(schema, path))
                .as("schema of %s", path).isNotNull().containsKey("type"));
    }

    private static Map<String, Object> schema() throws IOException {
        // JSON is YAML: one parser for both files
        return new Yaml().load(Files.readString(CHART.resolve("values.schema.json")));
    }

    /**
     * Every key needs its own {@code @param}, except the entries of a free-form map (annotations, labels, extraEnv:
     * no fixed properties in the schema), which the map's own {@code @param} documents.
     */
    @SuppressWarnings("unchecked")
    private static void collectKeys(Map<String, Object> values, String prefix, Set<String> documented,
                                    Map<String, Object> schema, Set<String> keys, List<String> undocumented) {
        values.forEach((key, value) -> {
            String path = prefix + key;
            keys.add(path);
            Map<String, Object> node = schemaAt(schema, path);
            boolean freeForm = node != null && !node.containsKey("properties");
            if (value instanceof Map<?, ?> map && !map.isEmpty() && !(freeForm && documented.contains(path))) {
                collectKeys((Map<String, Object>) map, path + ".", documented, schema, keys, undocumented);
            } else if (!documented.contains(path)) {
                undocumented.add(path);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void collectLeaves(Map<String, Object> values, String prefix, List<String> leaves) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                collectLeaves((Map<String, Object>) map, prefix + key + ".", leaves);
            } else {
                leaves.add(prefix + key);
            }
        });
    }

    /**
     * The schema node describing a dotted values path, following "properties", then "additionalProperties" for
     * free-form maps, and local "$ref"s. Keys of free-form maps may contain dots (annotation names), so once a
     * free-form map is reached the rest of the path is one key.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaAt(Map<String, Object> root, String path) {
        Map<String, Object> node = root;
        String rest = path;
        while (!rest.isEmpty()) {
            node = resolve(root, node);
            Map<String, Object> properties = (Map<String, Object>) node.get("properties");
            if (properties == null) {
                Object additional = node.get("additionalProperties");
                return additional instanceof Map<?, ?> map ? resolve(root, (Map<String, Object>) map) : null;
            }
            int dot = rest.indexOf('.');
            String key = dot < 0 ? rest : rest.substring(0, dot);
            rest = dot < 0 ? "" : rest.substring(dot + 1);
            node = (Map<String, Object>) properties.get(key);
            if (node == null) {
                return null;
            }
        }
        return resolve(root, node);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> root, Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref instanceof String pointer && pointer.startsWith("#/definitions/")) {
            var definitions = (Map<String, Object>) root.get("definitions");
            return (Map<String, Object>) definitions.get(pointer.substring("#/definitions/".length()));
        }
        return node;
    }
}
