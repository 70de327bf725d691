package io.jifen.ledger.api;

import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code {"entries": [...]}} of the OA event API by hand, so that one pass reports every bad value at its JSON
 * path. Strict like the scheme API: an unknown field, a value of the wrong JSON type, a fraction for a count or a
 * number too large to be points is an error, never dropped or coerced.
 */
final class EntriesRequest {

    /** Documented bounds (README, the section on the OA event API). */
    static final int MAX_ENTRIES = 1000;
    static final int MAX_KEY = 100;
    static final int MAX_TEXT = 60;
    /** The ledger's own bounds (EntryChecks), repeated so that the reader reports them with the other shape errors. */
    static final int MAX_BASIS = 500;
    static final int MAX_COUNT = 1000;
    private static final Set<String> FIELDS = Set.of("entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("key", "member", "item", "option", "value", "count",
            "date", "basis");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "unitCode", "name");

    /** Who the entry is for: by id, or by name within a unit (code). */
    record MemberRef(Long id, String unitCode, String name) {
    }

    /** One entry as read; {@code index} is its position in the request, for error paths found later. */
    record Incoming(int index, String key, MemberRef member, String item, String option, BigDecimal value,
            int count, LocalDate date, String basis) {
    }

    final List<Incoming> entries = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();

    static EntriesRequest read(JsonNode body) {
        EntriesRequest request = new EntriesRequest();
        if (!body.isObject()) {
            request.errors.add(InputError.of("$", "api.json.object"));
            return request;
        }
        request.unknownFields(body, "$", FIELDS);
        JsonNode list = body.path("entries");
        if (!list.isArray() || list.isEmpty()) {
            request.errors.add(InputError.of("$.entries", "ledger.api.entriesRequired"));
        } else if (list.size() > MAX_ENTRIES) {
            request.errors.add(InputError.of("$.entries", "ledger.api.tooManyEntries", list.size(), MAX_ENTRIES));
        } else {
            for (int i = 0; i < list.size(); i++) {
                request.entry(list.get(i), i);
            }
        }
        return request;
    }

    static String at(int index) {
        return "$.entries[" + index + "]";
    }

    private void entry(JsonNode e, int i) {
        String at = at(i);
        if (!e.isObject()) {
            errors.add(InputError.of(at, "api.json.object"));
            return;
        }
        int before = errors.size();
        unknownFields(e, at, ENTRY_FIELDS);
        String key = text(e, "key", at, true, MAX_KEY);
        MemberRef member = member(e.path("member"), at + ".member");
        String item = text(e, "item", at, true, MAX_TEXT);
        String option = text(e, "option", at, false, MAX_TEXT);
        BigDecimal value = number(e.path("value"), at + ".value");
        int count = count(e.path("count"), at + ".count");
        LocalDate date = date(e.path("date"), at + ".date");
        String basis = text(e, "basis", at, false, MAX_BASIS);
        if (errors.size() == before) {
            entries.add(new Incoming(i, key, member, item, option, value, count, date, basis));
        }
    }

    private MemberRef member(JsonNode m, String at) {
        if (!m.isObject()) {
            errors.add(InputError.of(at, m.isMissingNode() ? "api.import.required" : "api.json.object"));
            return null;
        }
        unknownFields(m, at, MEMBER_FIELDS);
        if (m.has("id")) {
            if (m.has("unitCode") || m.has("name")) {
                errors.add(InputError.of(at, "ledger.api.memberEither"));
                return null;
            }
            JsonNode id = m.get("id");
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                errors.add(InputError.of(at + ".id", "ledger.api.memberId"));
                return null;
            }
            return new MemberRef(id.asLong(), null, null);
        }
        if (!m.has("unitCode") || !m.has("name")) {
            errors.add(InputError.of(at, "ledger.api.memberEither"));
            return null;
        }
        String unit = text(m, "unitCode", at, true, MAX_TEXT);
        String name = text(m, "name", at, true, MAX_TEXT);
        return unit == null || name == null ? null : new MemberRef(null, unit, name);
    }

    private String text(JsonNode parent, String field, String at, boolean required, int max) {
        JsonNode node = parent.path(field);
        String path = at + "." + field;
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                errors.add(InputError.of(path, "api.import.required"));
            }
            return null;
        }
        if (!node.isString()) {
            errors.add(InputError.of(path, "api.json.string"));
            return null;
        }
        String value = node.asString().strip();
        if (required && value.isEmpty()) {
            errors.add(InputError.of(path, "api.import.required"));
            return null;
        }
        if (value.length() > max) {
            errors.add(InputError.of(path, "api.import.tooLong", max, value.length()));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    private BigDecimal number(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(InputError.of(path, "api.simulation.number"));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (!StrictJson.fits(value)) {
            errors.add(InputError.of(path, "api.json.numberOutOfRange", value.toString()));
            return null;
        }
        return value;
    }

    /** A count is a whole number of occurrences: 2.5 is refused, not rounded; absent means one. */
    private int count(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(InputError.of(path, "api.simulation.countRange", MAX_COUNT));
            return 0;
        }
        return node.asInt();
    }

    private LocalDate date(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            errors.add(InputError.of(path, "api.import.required"));
            return null;
        }
        try {
            if (node.isString() && node.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(node.asString());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(InputError.of(path, "api.simulation.date"));
        return null;
    }

    private void unknownFields(JsonNode node, String at, Set<String> known) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                errors.add(InputError.of(at + "." + field.getKey(), "api.json.unknownField", field.getKey(),
                        String.join(", ", known.stream().sorted().toList())));
            }
        }
    }
}
