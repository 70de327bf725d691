package io.jifen.scheme.trial;

import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import java.time.LocalDate;
import java.util.List;

/**
 * Members, facts and the range to compute, as the 试算 panel holds them and a saved case stores them.
 *
 * @param from any day of the first period to compute
 * @param to   any day of the last period to compute
 */
public record TrialInput(List<TrialMember> members, List<TrialFact> facts, LocalDate from, LocalDate to) {

    public TrialInput {
        members = members == null ? List.of() : List.copyOf(members);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /**
     * The range widened to whole assessed periods: the engine refuses a range that cuts a period, and a user who
     * picks "15 May" means the period that contains it.
     */
    public Period range(PeriodRule rule) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        return new Period(rule.assessedUnit().windowOf(first, rule.yearStartMonth()).start(),
                rule.assessedUnit().windowOf(last, rule.yearStartMonth()).end());
    }
}
