package io.jifen.ledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.review.Reviewers.Performer;
import io.jifen.organization.UnitRole.Kind;
import io.jifen.organization.UnitRoles.Held;
import io.jifen.security.Role;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapping of docs/ledger.md, role by role: who performs a step of which performer role, where. */
class ReviewersTest {

    private static final String TENANT = "/1/";
    private static final String BRANCH = "/1/7/";
    private static final String GROUP = "/1/7/9/";

    @Test
    void aSecretaryDecidesTheBranchStepsButNotADepartmentHeadsOrAboveTheBranch() {
        Performer secretary = performer(Role.SECRETARY, BRANCH, List.of());
        for (String role : List.of("SECRETARY", "BRANCH_COMMITTEE", "GENERAL_ASSEMBLY", "REVIEW_PANEL",
                "GROUP_LEADER")) {
            assertThat(secretary.pathsFor(role)).as(role).containsExactly(BRANCH);
        }
        for (String role : List.of("DEPARTMENT_HEAD", "GENERAL_BRANCH_COMMITTEE", "TOWNSHIP_DEPARTMENTS", "MEMBER")) {
            assertThat(secretary.pathsFor(role)).as(role).isEmpty();
        }
    }

    @Test
    void anAdminDecidesEveryStepInTheSubtree() {
        Performer admin = performer(Role.ADMIN, TENANT, List.of());
        for (String role : List.of("SECRETARY", "GROUP_LEADER", "DEPARTMENT_HEAD", "TOWNSHIP_DEPARTMENTS", "X")) {
            assertThat(admin.pathsFor(role)).as(role).containsExactly(TENANT);
        }
    }

    @Test
    void aMemberDecidesOnlyTheStepsOfTheUnitRolesTheyHold() {
        Performer head = performer(Role.MEMBER, null, List.of(new Held(Kind.DEPARTMENT_HEAD, 7, BRANCH),
                new Held(Kind.GROUP_LEADER, 9, GROUP)));
        assertThat(head.pathsFor("DEPARTMENT_HEAD")).containsExactly(BRANCH);
        assertThat(head.pathsFor("GROUP_LEADER")).containsExactly(GROUP);
        assertThat(head.pathsFor("SECRETARY")).isEmpty();
        assertThat(head.pathsFor("BRANCH_COMMITTEE")).isEmpty();
        assertThat(head.reviewPaths()).containsExactly(BRANCH);
    }

    private static Performer performer(Role role, String managed, List<Held> held) {
        LedgerReach reach = new LedgerReach(TestUsers.user("u", "QS", role), Optional.empty(), managed,
                held.stream().filter(h -> h.role() == Kind.GROUP_LEADER).map(Held::path).toList());
        return new Performer(reach, held);
    }
}
