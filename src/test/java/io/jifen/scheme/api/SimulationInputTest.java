package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.shared.InvalidInputException.InputError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A simulation request is read completely: good values become engine inputs, every bad one an error with its path. */
class SimulationInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aGoodRequestBecomesEngineInputs() {
        SimulationInput input = SimulationInput.read(JSON.readTree("""
                {"year": 2025,
                 "members": [{"id": "m1", "unitId": "u1", "classId": "c1", "status": "PROBATIONARY",
                              "transferredIn": "2025-04-01"}],
                 "facts": [{"id": "f1", "memberId": "m1", "itemId": "article", "date": "2025-05-06",
                            "option": "external", "count": 2},
                           {"memberId": "m1", "itemId": "review", "date": "2025-06-30", "value": 23.5}]}
                """));
        assertThat(input.errors).isEmpty();
        assertThat(input.year).isEqualTo(2025);
        assertThat(input.members).singleElement().satisfies(m -> {
            assertThat(m.status().name()).isEqualTo("PROBATIONARY");
            assertThat(m.transferredIn()).hasToString("2025-04-01");
        });
        assertThat(input.facts).hasSize(2);
        assertThat(input.facts.get(0).count()).isEqualTo(2);
        assertThat(input.facts.get(1).id()).isEqualTo("fact-2");
        assertThat(input.facts.get(1).value()).isEqualByComparingTo("23.50");
    }

    @Test
    void everyBadValueIsReportedWithItsPath() {
        SimulationInput input = SimulationInput.read(JSON.readTree("""
                {"year": "2025",
                 "members": [{"id": "m1", "unitId": "u1", "classId": "c1", "status": "MEMBER"},
                             {"id": "m1", "unitId": "", "classId": "c1"},
                             {"id": "m3", "unitId": "u1", "classId": "c1",
                              "transferredIn": "2025-06-01", "transferredOut": "2025-01-31"}],
                 "facts": [{"id": "f1", "memberId": "ghost", "itemId": "x", "date": "2025-13-01", "count": 0},
                           {"id": "f2", "memberId": "m1", "itemId": "x", "date": "2025-02-01", "value": "many"}]}
                """));
        assertThat(input.errors).extracting(InputError::path).containsExactlyInAnyOrder(
                "$.year", "$.members[0].status", "$.members[1].unitId", "$.members[1].id",
                "$.members[2].transferredOut", "$.facts[0].date", "$.facts[0].count", "$.facts[0].memberId",
                "$.facts[1].value");
        assertThat(input.errors).extracting(InputError::messageKey).contains("api.simulation.status",
                "api.simulation.unknownMember", "api.simulation.duplicateId");
    }

    @Test
    void membersAreRequired() {
        SimulationInput input = SimulationInput.read(JSON.readTree("{\"year\": 2025, \"members\": []}"));
        assertThat(input.errors).extracting(InputError::path).containsExactly("$.members");
    }

    @Test
    void nothingIsCoercedOrDropped() {
        // read as the controller reads: StrictJson keeps 1e400 an exact (huge) decimal
        SimulationInput input = SimulationInput.read(io.jifen.shared.StrictJson.read("""
                {"year": 2025, "colour": "red",
                 "members": [{"id": "m1", "unitId": "u1", "classId": "c1", "exempt": "yes",
                              "transferedIn": "2025-01-01"}],
                 "facts": [{"memberId": "m1", "itemId": "x", "date": "2025-02-01", "count": 2.5},
                           {"memberId": "m1", "itemId": "x", "date": "2025-02-01", "option": 3, "value": 1e400}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(input.errors).extracting(InputError::path).containsExactlyInAnyOrder("$.colour",
                "$.members[0].exempt", "$.members[0].transferedIn", "$.facts[0].count", "$.facts[1].option",
                "$.facts[1].value");
        assertThat(input.facts).isEmpty();
    }
}
