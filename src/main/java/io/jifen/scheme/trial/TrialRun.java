package io.jifen.scheme.trial;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import io.jifen.shared.UserFacingException;
import java.util.ArrayList;
import java.util.List;

/** Runs the engine on a try-out, the way the simulation API does, after the checks a user can act on. */
public final class TrialRun {

    /** Ranks of a try-out are computed in one unit: the try-out's members are ranked among themselves. */
    static final String UNIT = "TRIAL";

    private TrialRun() {
    }

    /** @param effective the scheme as the engine takes it (an extension merged onto its parent) */
    public static Results run(SchemeVersion effective, TrialInput input) {
        if (input.members().isEmpty()) {
            throw new UserFacingException("trial.error.noMembers");
        }
        if (input.from() == null || input.to() == null) {
            throw new UserFacingException("trial.error.noPeriod");
        }
        List<ScoredMember> members = new ArrayList<>();
        for (TrialMember m : input.members()) {
            if (m.classId() == null || effective.memberClass(m.classId()).isEmpty()) {
                throw new UserFacingException("trial.error.unknownClass", m.name());
            }
            members.add(new ScoredMember(m.id(), UNIT, m.classId(), m.status(), m.exempt(), null, null));
        }
        return ScoringEngine.evaluate(effective, members, facts(input), input.range(effective.periodRule()));
    }

    /** Complete rows only, numbered in grid order so that an explanation can name "F3" and the user finds it. */
    static List<Fact> facts(TrialInput input) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < input.facts().size(); i++) {
            TrialFact f = input.facts().get(i);
            if (f.complete()) {
                out.add(new Fact(factId(i), f.memberId(), f.itemId(), f.date(), f.option(), f.value(), f.count(),
                        FactStatus.CONFIRMED));
            }
        }
        return out;
    }

    /** The id of the fact in grid row {@code index} (0-based): "F1" is the first row. */
    public static String factId(int index) {
        return "F" + (index + 1);
    }
}
