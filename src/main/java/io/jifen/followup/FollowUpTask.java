package io.jifen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A consequence turned into work: who it is about, what is to be done by which unit, why (the engine's explanation,
 * rendered when the task was created) and by when; then when, how and by whom it was done.
 *
 * @param dueOn     null when the rule sets no deadline ({@code Due.NONE})
 * @param overdueAt when the overdue sweep first saw the task open past its due date (null: not marked yet)
 */
public record FollowUpTask(long id, long memberId, String memberName, String ruleId, String ruleName,
        String level, LocalDate periodStart, LocalDate periodEnd, String action, String performer,
        long assigneeOrgId, String assigneeName, String reasonZh, String reasonEn, LocalDate issuedOn,
        LocalDate dueOn, State state, Instant overdueAt, LocalDate completedOn, String completionNotes,
        String completedBy) {

    public enum State {
        OPEN, DONE
    }

    /** Open past its due date: computed from the day asked about, not from the sweep's mark. */
    public boolean overdue(LocalDate today) {
        return state == State.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    public String reason(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? reasonEn : reasonZh;
    }
}
