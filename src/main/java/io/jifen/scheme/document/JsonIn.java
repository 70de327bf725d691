package io.jifen.scheme.document;

import io.jifen.shared.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read, with its JSON path: every accessor fails with a {@link SchemeDocumentException} naming
 * the exact path of a missing, mistyped or unknown field. Absent and {@code null} are the same for optional fields.
 */
final class JsonIn {

    private final JsonNode node;
    private final String path;

    private JsonIn(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonIn root(JsonNode node) {
        return object(node, "$");
    }

    private static JsonIn object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new SchemeDocumentException(path, "expected an object, got " + kind(node));
        }
        return new JsonIn(node, path);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    /** Rejects fields this format version does not define (typos would otherwise be silently lost). */
    JsonIn only(String... fields) {
        Set<String> known = Set.of(fields);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new SchemeDocumentException(path(name), "unknown field '" + name + "' (expected one of "
                        + String.join(", ", fields) + ")");
            }
        }
        return this;
    }

    private JsonNode opt(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private JsonNode req(String field) {
        JsonNode v = opt(field);
        if (v == null) {
            throw new SchemeDocumentException(path(field), "required field '" + field + "' is missing");
        }
        return v;
    }

    boolean has(String field) {
        return opt(field) != null;
    }

    String str(String field) {
        return string(req(field), path(field));
    }

    String optStr(String field) {
        JsonNode v = opt(field);
        return v == null ? null : string(v, path(field));
    }

    private static String string(JsonNode v, String p) {
        if (!v.isString()) {
            throw new SchemeDocumentException(p, "expected a string, got " + kind(v));
        }
        return v.stringValue();
    }

    boolean bool(String field) {
        JsonNode v = req(field);
        if (!v.isBoolean()) {
            throw new SchemeDocumentException(path(field), "expected true or false, got " + kind(v));
        }
        return v.booleanValue();
    }

    int integer(String field) {
        return integer(req(field), path(field));
    }

    Integer optInteger(String field) {
        JsonNode v = opt(field);
        return v == null ? null : integer(v, path(field));
    }

    private static int integer(JsonNode v, String p) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new SchemeDocumentException(p, "expected an integer, got " + kind(v));
        }
        return v.intValue();
    }

    BigDecimal decimal(String field) {
        return decimal(req(field), path(field));
    }

    BigDecimal optDecimal(String field) {
        JsonNode v = opt(field);
        return v == null ? null : decimal(v, path(field));
    }

    private static BigDecimal decimal(JsonNode v, String p) {
        if (!v.isNumber()) {
            throw new SchemeDocumentException(p, "expected a number, got " + kind(v));
        }
        BigDecimal value = v.decimalValue();
        if (!StrictJson.fits(value)) {
            throw new SchemeDocumentException(p, "number out of range: " + v + " (at most "
                    + StrictJson.MAX_INTEGER_DIGITS + " digits before and " + StrictJson.MAX_DECIMALS
                    + " after the point)");
        }
        return value;
    }

    LocalDate optDate(String field) {
        String s = optStr(field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new SchemeDocumentException(path(field), "expected a date yyyy-MM-dd, got '" + s + "'");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return enumOf(req(field), path(field), type);
    }

    private static <E extends Enum<E>> E enumOf(JsonNode v, String p, Class<E> type) {
        String s = string(v, p);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new SchemeDocumentException(p, "unknown value '" + s + "' (expected one of "
                + Arrays.toString(type.getEnumConstants()) + ")");
    }

    /** An optional enum value: null when absent. */
    <E extends Enum<E>> E optEnum(String field, Class<E> type) {
        JsonNode v = opt(field);
        return v == null ? null : enumOf(v, path(field), type);
    }

    /** An array of arrays of enum values (rule 6's status groups). */
    <E extends Enum<E>> List<Set<E>> enumGroups(String field, Class<E> type) {
        List<Set<E>> out = new ArrayList<>();
        JsonNode a = array(field);
        for (int i = 0; i < a.size(); i++) {
            JsonNode group = a.get(i);
            String p = path(field) + "[" + i + "]";
            if (!group.isArray()) {
                throw new SchemeDocumentException(p, "expected an array, got " + kind(group));
            }
            Set<E> set = new LinkedHashSet<>();
            for (int k = 0; k < group.size(); k++) {
                set.add(enumOf(group.get(k), p + "[" + k + "]", type));
            }
            out.add(set);
        }
        return out;
    }

    JsonIn obj(String field) {
        return object(req(field), path(field));
    }

    JsonIn optObj(String field) {
        JsonNode v = opt(field);
        return v == null ? null : object(v, path(field));
    }

    <T> List<T> objects(String field, Function<JsonIn, T> reader) {
        List<T> out = new ArrayList<>();
        JsonNode a = array(field);
        for (int i = 0; i < a.size(); i++) {
            out.add(reader.apply(object(a.get(i), path(field) + "[" + i + "]")));
        }
        return out;
    }

    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        JsonNode a = array(field);
        for (int i = 0; i < a.size(); i++) {
            out.add(string(a.get(i), path(field) + "[" + i + "]"));
        }
        return out;
    }

    <E extends Enum<E>> Set<E> enums(String field, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        JsonNode a = array(field);
        for (int i = 0; i < a.size(); i++) {
            out.add(enumOf(a.get(i), path(field) + "[" + i + "]", type));
        }
        return out;
    }

    private JsonNode array(String field) {
        JsonNode a = req(field);
        if (!a.isArray()) {
            throw new SchemeDocumentException(path(field), "expected an array, got " + kind(a));
        }
        return a;
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isString()) {
            return "string \"" + v.stringValue() + "\"";
        }
        if (v.isNumber() || v.isBoolean()) {
            return (v.isNumber() ? "number " : "boolean ") + v;
        }
        return v.isArray() ? "an array" : v.isObject() ? "an object" : v.getNodeType().toString();
    }
}
