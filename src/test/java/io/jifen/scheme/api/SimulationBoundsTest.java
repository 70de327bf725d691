package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jifen.scheme.validation.Severity;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.shared.InvalidInputException.InputError;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A simulation's fact counts and entered values obey the same bounds as the scheme (NumberBound COUNT, POINTS). */
class SimulationBoundsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SimulationInput read(String facts) {
        return SimulationInput.read(JSON.readTree("""
                {"year": 2025, "members": [{"id": "m1", "unitId": "u1", "classId": "c1"}], "facts": %s}
                """.formatted(facts)));
    }

    @Test
    void countsAndValuesOnTheBoundsAreTakenExactly() {
        SimulationInput input = read("""
                [{"id": "a", "memberId": "m1", "itemId": "x", "date": "2025-01-02", "count": 10000},
                 {"id": "b", "memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 10000},
                 {"id": "c", "memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 9999.99},
                 {"id": "d", "memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 0.10}]""");
        assertThat(input.errors).isEmpty();
        assertThat(input.facts.get(0).count()).isEqualTo(10_000);
        assertThat(input.facts.get(1).value()).isEqualByComparingTo("10000");
        assertThat(input.facts.get(2).value()).isEqualByComparingTo("9999.99");
    }

    @Test
    void justOutsideIsAnErrorAtItsPath() {
        SimulationInput input = read("""
                [{"memberId": "m1", "itemId": "x", "date": "2025-01-02", "count": 10001},
                 {"memberId": "m1", "itemId": "x", "date": "2025-01-02", "count": 2.5},
                 {"memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 10000.01},
                 {"memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 23.456},
                 {"memberId": "m1", "itemId": "x", "date": "2025-01-02", "value": 1e308}]""");
        assertThat(input.errors).extracting(InputError::path, InputError::messageKey).containsExactly(
                tuple("$.facts[0].count", "api.simulation.countRange"),
                tuple("$.facts[1].count", "api.simulation.countRange"),
                tuple("$.facts[2].value", "api.simulation.valueBounds"),
                tuple("$.facts[3].value", "api.simulation.valueBounds"),
                tuple("$.facts[4].value", "api.json.numberOutOfRange"));
        assertThat(input.facts).extracting(f -> f.id()).doesNotContain("fact-1", "fact-2");
        InputError value = input.errors.get(3);
        ValidationIssue issue = new ValidationIssue(Severity.ERROR, value.path(), value.messageKey(),
                value.arguments());
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("分值须在 -10000 到 10000 之间，最多保留 2 位小数（当前为 23.456）");
        assertThat(ValidationMessages.format(new ValidationIssue(Severity.ERROR, "$", "api.simulation.countRange",
                input.errors.getFirst().arguments()), Locale.ENGLISH))
                .isEqualTo("The count must be a whole number from 1 to 10,000");
    }
}
