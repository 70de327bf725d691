package io.jifen.scheme.api;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.shared.InvalidInputException.InputError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the members, facts and year of a simulation request by hand rather than by data binding, so that one pass
 * reports every bad value with its JSON path instead of stopping at the first. Reading is strict: a field we do not
 * know (a typo like {@code transferedIn}), a value of the wrong JSON type, a fractional count or a number too large
 * to be a score is an error, never silently dropped or coerced.
 */
final class SimulationInput {

    static final Set<String> REQUEST_FIELDS = Set.of("scheme", "parent", "members", "facts", "year", "from", "to");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "unitId", "classId", "status", "exempt",
            "transferredIn", "transferredOut");
    private static final Set<String> FACT_FIELDS = Set.of("id", "memberId", "itemId", "date", "option", "value",
            "count", "tierSchemeId", "tierId");
    private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    private static final YearMonth LAST_MONTH = YearMonth.of(2100, 12);

    final List<ScoredMember> members = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    /** Position in the request of each accepted member / fact, for error paths found later. */
    final List<Integer> memberIndex = new ArrayList<>();
    final List<Integer> factIndex = new ArrayList<>();
    /** Every member id given, also of members refused for another error: a fact naming one is not "unknown". */
    private final Set<String> declaredIds = new HashSet<>();
    int year;
    /** The months asked for with {@code from} / {@code to} (inclusive); null when the request gives a year. */
    YearMonth from;
    YearMonth to;

    static SimulationInput read(JsonNode body) {
        SimulationInput input = new SimulationInput();
        input.unknownFields(body, "$", REQUEST_FIELDS);
        if (body.has("from") || body.has("to")) {
            input.readRange(body);
        } else {
            input.readYear(body.path("year"));
        }
        input.readMembers(body.path("members"));
        input.readFacts(body.path("facts"));
        return input;
    }

    private void readYear(JsonNode node) {
        if (!node.isInt() || node.asInt() < 2000 || node.asInt() > 2100) {
            errors.add(InputError.of("$.year", "api.simulation.year"));
        } else {
            year = node.asInt();
        }
    }

    /**
     * {@code from} / {@code to} as months "yyyy-MM", both inclusive, instead of {@code year} (rule 2: a range of
     * periods, e.g. an evaluation year from July to June, or several years of history for consequences).
     */
    private void readRange(JsonNode body) {
        if (body.has("year")) {
            errors.add(InputError.of("$.year", "api.simulation.yearOrRange"));
        }
        from = month(body.path("from"), "$.from");
        to = month(body.path("to"), "$.to");
        if (from == null || to == null) {
            return;
        }
        if (from.isAfter(to)) {
            errors.add(InputError.of("$.to", "api.simulation.rangeOrder"));
            return;
        }
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > SimulationLimits.MAX_RANGE_MONTHS) {
            errors.add(InputError.of("$.to", "api.simulation.rangeTooLong", SimulationLimits.MAX_RANGE_MONTHS,
                    months));
        }
    }

    private YearMonth month(JsonNode node, String path) {
        try {
            if (node.isString() && node.asString().matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth m = YearMonth.parse(node.asString());
                if (!m.isBefore(FIRST_MONTH) && !m.isAfter(LAST_MONTH)) {
                    return m;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(InputError.of(path, "api.simulation.month"));
        return null;
    }

    private void readMembers(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            errors.add(InputError.of("$.members", "api.simulation.membersRequired"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$.members[" + i + "]";
            JsonNode m = list.get(i);
            if (!isObject(m, path)) {
                continue;
            }
            unknownFields(m, path, MEMBER_FIELDS);
            String id = text(m, "id", path);
            String unit = text(m, "unitId", path);
            String memberClass = text(m, "classId", path);
            MemberStatus status = status(m.path("status"), path + ".status");
            Boolean exempt = bool(m.path("exempt"), path + ".exempt");
            LocalDate in = optionalDate(m.path("transferredIn"), path + ".transferredIn");
            LocalDate out = optionalDate(m.path("transferredOut"), path + ".transferredOut");
            if (id != null && !declaredIds.add(id)) {
                errors.add(InputError.of(path + ".id", "api.simulation.duplicateId", id));
            }
            boolean datesOk = in == null || out == null || !out.isBefore(in);
            if (!datesOk) {
                errors.add(InputError.of(path + ".transferredOut", "api.simulation.outBeforeIn"));
            }
            if (id != null && unit != null && memberClass != null && status != null && exempt != null && datesOk) {
                members.add(new ScoredMember(id, unit, memberClass, status, exempt, in, out));
                memberIndex.add(i);
            }
        }
    }

    private void readFacts(JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            errors.add(InputError.of("$.facts", "api.simulation.factsArray"));
            return;
        }
        Set<String> memberIds = new HashSet<>();
        members.forEach(m -> memberIds.add(m.id()));
        Set<String> factIds = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.facts[" + i + "]";
            JsonNode f = list.get(i);
            if (!isObject(f, path)) {
                continue;
            }
            unknownFields(f, path, FACT_FIELDS);
            String id = f.path("id").isMissingNode() ? "fact-" + (i + 1) : text(f, "id", path);
            if (id != null && !factIds.add(id)) {
                errors.add(InputError.of(path + ".id", "api.simulation.duplicateId", id));
            }
            String member = text(f, "memberId", path);
            if (f.has("tierSchemeId") || f.has("tierId")) {
                readTierFact(f, path, id, member, i, memberIds);
                continue;
            }
            String item = text(f, "itemId", path);
            LocalDate date = requiredDate(f.path("date"), path + ".date");
            Integer count = count(f.path("count"), path + ".count");
            if (member != null && !declaredIds.contains(member)) {
                errors.add(InputError.of(path + ".memberId", "api.simulation.unknownMember", member));
            }
            BigDecimal value = SimulationNumbers.optional(f.path("value"), path + ".value", errors);
            String option = optionalText(f.path("option"), path + ".option");
            if (id != null && member != null && item != null && date != null && count != null
                    && memberIds.contains(member)) {
                facts.add(new Fact(id, member, item, date, option, value, count, FactStatus.CONFIRMED));
                factIndex.add(i);
            }
        }
    }

    /** Rule 5: a tier given directly names a tier scheme and a tier, and nothing of a points entry. */
    private void readTierFact(JsonNode f, String path, String id, String member, int index, Set<String> memberIds) {
        String scheme = text(f, "tierSchemeId", path);
        String tier = text(f, "tierId", path);
        LocalDate date = requiredDate(f.path("date"), path + ".date");
        for (String field : List.of("itemId", "option", "value", "count")) {
            if (f.has(field)) {
                errors.add(InputError.of(path + "." + field, "api.simulation.tierFact"));
                return;
            }
        }
        if (member != null && !declaredIds.contains(member)) {
            errors.add(InputError.of(path + ".memberId", "api.simulation.unknownMember", member));
        }
        if (id != null && member != null && scheme != null && tier != null && date != null
                && memberIds.contains(member)) {
            facts.add(Fact.assignedTier(id, member, date, scheme, tier));
            factIndex.add(index);
        }
    }

    private boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            errors.add(InputError.of(path, "api.json.object"));
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.add(InputError.of(path + "." + name, "api.json.unknownField", name,
                        String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            errors.add(InputError.of(path + "." + field, "api.simulation.textRequired"));
            return null;
        }
        return value.asString();
    }

    private String optionalText(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add(InputError.of(path, "api.simulation.textRequired"));
            return null;
        }
        return node.asString();
    }

    /** {@code true}/{@code false} only: "yes", 1 or "true" are errors, not a silent {@code false}. */
    private Boolean bool(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(InputError.of(path, "api.json.boolean"));
            return null;
        }
        return node.booleanValue();
    }

    /** A whole number of occurrences: 2.5, "2" or 1e400 are errors, never rounded. Absent means 1. */
    private Integer count(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1
                || node.intValue() > SimulationLimits.MAX_COUNT) {
            errors.add(InputError.of(path, "api.simulation.countRange", SimulationLimits.MAX_COUNT));
            return null;
        }
        return node.intValue();
    }

    private MemberStatus status(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return MemberStatus.FULL;
        }
        for (MemberStatus s : MemberStatus.values()) {
            if (node.isString() && s.name().equals(node.asString())) {
                return s;
            }
        }
        errors.add(InputError.of(path, "api.simulation.status", node.toString()));
        return null;
    }

    private LocalDate requiredDate(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            errors.add(InputError.of(path, "api.simulation.date"));
            return null;
        }
        return optionalDate(node, path);
    }

    private LocalDate optionalDate(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            if (node.isString()) {
                return LocalDate.parse(node.asString());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(InputError.of(path, "api.simulation.date"));
        return null;
    }
}
