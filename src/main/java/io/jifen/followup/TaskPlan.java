package io.jifen.followup;

import io.jifen.organization.Organization;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * Where a follow-up lands and by when, from the scheme's {@link FollowUp}: a branch performer (the secretary, the
 * branch committee …) is the 支部 the member is ranked in; any other performer (镇党委, 社区党委 …) is the unit above
 * it. Deadlines: "same month" is the last day of the month the result is issued in (S9: the month the appraisal comes out), "within
 * N days / months" counts from the end of the graded period (S8: 限期改正三个月).
 */
final class TaskPlan {

    private static final Set<String> BRANCH_PERFORMERS = Set.of("BRANCH", "BRANCH_SECRETARY", "BRANCH_COMMITTEE",
            "SECRETARY", "GENERAL_ASSEMBLY", "GROUP_LEADER");

    private TaskPlan() {
    }

    static boolean byBranch(String performer) {
        return performer == null || BRANCH_PERFORMERS.contains(performer);
    }

    /** The unit that carries the task out; a branch without a parent does it itself. */
    static Organization assignee(FollowUp f, Organization rankUnit) {
        if (byBranch(f.performer()) || rankUnit.getParent() == null) {
            return rankUnit;
        }
        return rankUnit.getParent();
    }

    /** The day the result counts as issued: the generation day, never before the graded period ended. */
    static LocalDate issuedOn(Period graded, LocalDate today) {
        return today.isBefore(graded.end()) ? graded.end() : today;
    }

    /** The due date, or null when the rule sets none. */
    static LocalDate due(FollowUp f, Period graded, LocalDate issuedOn) {
        int n = f.days() == null ? 0 : f.days();
        return switch (f.due()) {
            case SAME_MONTH -> YearMonth.from(issuedOn).atEndOfMonth();
            case WITHIN_DAYS -> graded.end().plusDays(n);
            case WITHIN_MONTHS -> graded.end().plusMonths(n);
            case NONE -> null;
        };
    }
}
