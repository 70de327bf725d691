package io.jifen.scheme.trial;

import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TierResult;
import io.jifen.shared.UserFacingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Expectations taken from a try-out's results, and saved cases checked against a version. */
public final class Expectations {

    private Expectations() {
    }

    /**
     * What the results say now, as expectations: the total and the first tier of every member at every level and
     * period — the user keeps a try-out whose numbers they have checked.
     */
    public static List<Expectation> of(Results results) {
        List<Expectation> out = new ArrayList<>();
        for (MemberResult m : results.members()) {
            m.periods().forEach(p -> out.add(expect(m.memberId(), Level.PERIOD, p.period(), p.total(), p.tiers())));
            m.interims().forEach(i -> out.add(expect(m.memberId(), Level.INTERIM, i.period(), i.total(), i.tiers())));
            m.years().forEach(y -> out.add(expect(m.memberId(), Level.YEAR, y.period(), y.total(), y.tiers())));
        }
        return out;
    }

    private static Expectation expect(String memberId, Level level, Period period, Explained total,
            List<TierResult> tiers) {
        TierResult tier = tiers.isEmpty() ? null : tiers.getFirst();
        return new Expectation(memberId, level, period.start(), period.end(), total.value(),
                tier == null ? null : tier.tierSchemeId(), tier == null ? null : tier.tierId());
    }

    /** Runs the case on {@code effective} and compares every expectation with the engine's answer. */
    public static CaseOutcome check(Long caseId, SchemeVersion effective, TrialCase trialCase) {
        Results results;
        try {
            results = TrialRun.run(effective, trialCase.input());
        } catch (UserFacingException e) {
            return new CaseOutcome(caseId, trialCase.name(), List.of(), e.messageKey(),
                    Arrays.asList(e.arguments()));
        } catch (IllegalArgumentException e) {
            // the engine refuses a range that its period rule cannot split (the scheme changed its unit)
            return new CaseOutcome(caseId, trialCase.name(), List.of(), "trial.error.notComputable", List.of());
        }
        return new CaseOutcome(caseId, trialCase.name(),
                trialCase.expectations().stream().map(e -> actual(results, e)).toList(), null, List.of());
    }

    static CaseOutcome.Checked actual(Results results, Expectation e) {
        Optional<MemberResult> member = results.members().stream()
                .filter(m -> m.memberId().equals(e.memberId())).findFirst();
        Period period = new Period(e.start(), e.end());
        Optional<Answer> answer = member.flatMap(m -> switch (e.level()) {
            case PERIOD -> m.periods().stream().filter(p -> p.period().equals(period)).findFirst()
                    .map(p -> new Answer(p.total(), p.tiers()));
            case INTERIM -> m.interims().stream().filter(i -> i.period().equals(period)).findFirst()
                    .map(i -> new Answer(i.total(), i.tiers()));
            case YEAR -> m.years().stream().filter(y -> y.period().equals(period)).findFirst()
                    .map(y -> new Answer(y.total(), y.tiers()));
        });
        if (answer.isEmpty()) {
            return new CaseOutcome.Checked(e, null, null, null);
        }
        Optional<TierResult> tier = answer.get().tiers().stream()
                .filter(t -> t.tierSchemeId().equals(e.tierSchemeId())).findFirst();
        return new CaseOutcome.Checked(e, answer.get().total().value(), tier.map(TierResult::tierId).orElse(null),
                tier.map(TierResult::tierName).orElse(null));
    }

    private record Answer(Explained total, List<TierResult> tiers) {
    }
}
