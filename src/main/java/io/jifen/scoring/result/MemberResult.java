package io.jifen.scoring.result;

import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.Period;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine says about one member. An exempt member ({@code exemption} EXCLUDE or GRADE_DIRECTLY) has no
 * periods, years or ranks; {@code notes} carries remarks (explanations) such as "exempt flag ignored: the class
 * does not allow it".
 * {@code interims} are the results of the period rule's interim level (rule 2), {@code assignedTiers} the tiers an
 * assembly gave an exempt member directly (rule 5).
 */
public record MemberResult(String memberId, String unitId, String classId, MemberStatus status,
        ExemptionRule exemption, List<PeriodResult> periods, List<AnnualResult> years,
        List<TriggeredConsequence> consequences, List<Phrase> notes, List<InterimResult> interims,
        List<AssignedTierResult> assignedTiers) {

    public MemberResult {
        interims = List.copyOf(interims);
        assignedTiers = List.copyOf(assignedTiers);
        periods = List.copyOf(periods);
        years = List.copyOf(years);
        consequences = List.copyOf(consequences);
        notes = List.copyOf(notes);
    }

    public boolean exempt() {
        return exemption != null && exemption != ExemptionRule.NOT_ALLOWED;
    }

    public Optional<PeriodResult> period(Period p) {
        return periods.stream().filter(r -> r.period().equals(p)).findFirst();
    }

    public Optional<AnnualResult> year(int y) {
        return years.stream().filter(r -> r.year() == y).findFirst();
    }
}
