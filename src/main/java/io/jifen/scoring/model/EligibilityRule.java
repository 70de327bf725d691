package io.jifen.scoring.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A yearly flag such as "优秀党员 eligible", true when every condition holds for the member's year.
 *
 * @param statuses only members with one of these statuses are considered (S3: admission by the annual score is for
 *                 activists); empty = every status. Other members get no result for the rule
 */
public record EligibilityRule(String id, String name, List<EligibilityCondition> conditions,
        Set<MemberStatus> statuses) {

    /** A rule for every status, as before rule 6. */
    public EligibilityRule(String id, String name, List<EligibilityCondition> conditions) {
        this(id, name, conditions, Set.of());
    }

    public EligibilityRule {
        Objects.requireNonNull(id, "id");
        conditions = List.copyOf(conditions);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public boolean appliesTo(MemberStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }
}
