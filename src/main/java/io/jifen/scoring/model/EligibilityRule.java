package io.jifen.scoring.model;

import java.util.List;
import java.util.Objects;

/** A yearly flag such as "优秀党员 eligible", true when every condition holds for the member's year. */
public record EligibilityRule(String id, String name, List<EligibilityCondition> conditions) {

    public EligibilityRule {
        Objects.requireNonNull(id, "id");
        conditions = List.copyOf(conditions);
    }
}
