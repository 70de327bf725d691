package io.jifen.scoring.model;

import java.util.Objects;
import java.util.Set;

/**
 * A rule on tier / rank / consecutive periods that produces a follow-up item.
 *
 * @param level    look at each assessed period or at the annual roll-up
 * @param statuses only members with one of these statuses (empty = all); S8's probation extension is PROBATIONARY
 */
public record ConsequenceRule(String id, String name, Level level, ConsequenceTrigger trigger,
        Set<MemberStatus> statuses, FollowUp followUp) {

    public ConsequenceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(followUp, "followUp");
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public boolean appliesTo(MemberStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }
}
