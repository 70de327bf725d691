package io.jifen.scoring.result;

import io.jifen.scoring.model.Period;
import java.util.List;
import java.util.NoSuchElementException;

/** The engine's answer for one evaluation; {@code schemeVersionId} says which published rules produced it. */
public record Results(String schemeVersionId, Period period, List<Period> assessedPeriods,
        List<MemberResult> members, List<IgnoredFact> ignoredFacts) {

    public Results {
        assessedPeriods = List.copyOf(assessedPeriods);
        members = List.copyOf(members);
        ignoredFacts = List.copyOf(ignoredFacts);
    }

    public MemberResult member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no result for member " + memberId));
    }

    public List<TriggeredConsequence> consequences() {
        return members.stream().flatMap(m -> m.consequences().stream()).toList();
    }
}
