package io.jifen.scheme.api;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.NumberBound;
import io.jifen.shared.InvalidInputException.InputError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the members, facts and year of a simulation request by hand rather than by data binding, so that one pass
 * reports every bad value with its JSON path instead of stopping at the first.
 */
final class SimulationInput {

    final List<ScoredMember> members = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    /** Position in the request of each accepted member / fact, for error paths found later. */
    final List<Integer> memberIndex = new ArrayList<>();
    final List<Integer> factIndex = new ArrayList<>();
    int year;

    static SimulationInput read(JsonNode body) {
        SimulationInput input = new SimulationInput();
        input.readYear(body.path("year"));
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

    private void readMembers(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            errors.add(InputError.of("$.members", "api.simulation.membersRequired"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.members[" + i + "]";
            JsonNode m = list.get(i);
            String id = text(m, "id", path);
            String unit = text(m, "unitId", path);
            String memberClass = text(m, "classId", path);
            MemberStatus status = status(m.path("status"), path + ".status");
            LocalDate in = optionalDate(m.path("transferredIn"), path + ".transferredIn");
            LocalDate out = optionalDate(m.path("transferredOut"), path + ".transferredOut");
            if (id != null && !ids.add(id)) {
                errors.add(InputError.of(path + ".id", "api.simulation.duplicateId", id));
            }
            if (in != null && out != null && out.isBefore(in)) {
                errors.add(InputError.of(path + ".transferredOut", "api.simulation.outBeforeIn"));
            }
            if (id != null && unit != null && memberClass != null && (in == null || out == null || !out.isBefore(in))) {
                members.add(new ScoredMember(id, unit, memberClass, status, m.path("exempt").asBoolean(false), in, out));
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
        for (int i = 0; i < list.size(); i++) {
            String path = "$.facts[" + i + "]";
            JsonNode f = list.get(i);
            String id = f.path("id").isMissingNode() ? "fact-" + (i + 1) : text(f, "id", path);
            String member = text(f, "memberId", path);
            String item = text(f, "itemId", path);
            LocalDate date = requiredDate(f.path("date"), path + ".date");
            int count = f.path("count").isMissingNode() ? 1 : f.path("count").asInt(0);
            if (count < 1) {
                errors.add(InputError.of(path + ".count", "api.simulation.count"));
            } else if (!countInBounds(f.path("count"))) {
                errors.add(InputError.of(path + ".count", "api.simulation.countBounds", NumberBound.COUNT.max()));
                count = 0;
            }
            if (member != null && !memberIds.contains(member)) {
                errors.add(InputError.of(path + ".memberId", "api.simulation.unknownMember", member));
            }
            BigDecimal value = null;
            JsonNode v = f.path("value");
            if (!v.isMissingNode() && !v.isNull()) {
                if (v.isNumber()) {
                    value = valueInBounds(v, path + ".value");
                } else {
                    errors.add(InputError.of(path + ".value", "api.simulation.number"));
                }
            }
            String option = f.path("option").isTextual() ? f.path("option").asString() : null;
            if (id != null && member != null && item != null && date != null && count >= 1
                    && memberIds.contains(member)) {
                facts.add(new Fact(id, member, item, date, option, value, count, FactStatus.CONFIRMED));
                factIndex.add(i);
            }
        }
    }

    /** Counts are bounded like the scheme's numbers ({@link NumberBound#COUNT}); a missing count is 1. */
    private static boolean countInBounds(JsonNode count) {
        return count.isMissingNode() || count.isNumber() && count.isIntegralNumber()
                && NumberBound.COUNT.inRange(count.decimalValue());
    }

    /** An entered value within {@link NumberBound#POINTS} (range and two decimals), else null and an error. */
    private BigDecimal valueInBounds(JsonNode v, String path) {
        boolean finite = !v.isFloatingPointNumber() || v.isBigDecimal() || Double.isFinite(v.doubleValue());
        BigDecimal value = finite ? v.decimalValue() : null;
        NumberBound b = NumberBound.POINTS;
        if (value == null || !b.allows(value)) {
            errors.add(InputError.of(path, "api.simulation.valueBounds", b.min(), b.max(), b.decimals(),
                    value == null ? v.toString() : value));
            return null;
        }
        return value;
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asString().isBlank()) {
            errors.add(InputError.of(path + "." + field, "api.simulation.textRequired"));
            return null;
        }
        return value.asString();
    }

    private MemberStatus status(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return MemberStatus.FULL;
        }
        try {
            return MemberStatus.valueOf(node.asString());
        } catch (IllegalArgumentException e) {
            errors.add(InputError.of(path, "api.simulation.status", node.asString()));
            return MemberStatus.FULL;
        }
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
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            errors.add(InputError.of(path, "api.simulation.date"));
            return null;
        }
    }
}
