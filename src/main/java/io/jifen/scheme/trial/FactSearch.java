package io.jifen.scheme.trial;

import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.Results;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds facts that bring one number of one member exactly to a target, with the engine itself as the judge: a
 * greedy search that adds, step by step, the entry that brings the number closest. Caps, weights, signs and windows
 * need no second model this way — whatever the scheme says, the engine applies.
 */
final class FactSearch {

    private static final int MAX_STEPS = 80;

    private final SchemeVersion scheme;
    private final TrialMember member;
    private final LocalDate from;
    private final LocalDate to;
    /** Each slot: the days one candidate entry is recorded on (one per period, or every period of the range). */
    private final List<List<LocalDate>> slots;

    FactSearch(SchemeVersion scheme, TrialMember member, LocalDate from, LocalDate to, List<List<LocalDate>> slots) {
        this.scheme = scheme;
        this.member = member;
        this.from = from;
        this.to = to;
        this.slots = slots;
    }

    /**
     * @param measure the number to bring to {@code target}, read from the results (null when the results lack it)
     * @return facts that give exactly {@code target}, or empty when the search finds none (the target may be out of
     *         the scheme's reach, as 59 is for a scheme whose lowest possible total is 60)
     */
    Optional<List<TrialFact>> reach(Function<Results, BigDecimal> measure, BigDecimal target) {
        List<TrialFact> facts = new ArrayList<>();
        BigDecimal gap = gap(measure, facts, target);
        for (int step = 0; step < MAX_STEPS && gap != null && gap.signum() != 0; step++) {
            List<TrialFact> best = null;
            BigDecimal bestGap = gap;
            for (List<TrialFact> candidate : candidates(gap)) {
                List<TrialFact> tried = new ArrayList<>(facts);
                tried.addAll(candidate);
                BigDecimal g = gap(measure, tried, target);
                if (g != null && g.compareTo(bestGap) < 0) {
                    best = candidate;
                    bestGap = g;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            facts.addAll(best);
            gap = bestGap;
        }
        return gap != null && gap.signum() == 0 ? Optional.of(List.copyOf(facts)) : Optional.empty();
    }

    SchemeVersion scheme() {
        return scheme;
    }

    TrialInput input(List<TrialFact> facts) {
        return new TrialInput(List.of(member), facts, from, to);
    }

    private BigDecimal gap(Function<Results, BigDecimal> measure, List<TrialFact> facts, BigDecimal target) {
        BigDecimal value = measure.apply(TrialRun.run(scheme, input(facts)));
        return value == null ? null : value.subtract(target).abs();
    }

    /** One entry of every applicable item, at a few values, in every slot. Vetoes are left out: they override. */
    private List<List<TrialFact>> candidates(BigDecimal gap) {
        List<List<TrialFact>> out = new ArrayList<>();
        for (Item item : scheme.items()) {
            if (item.veto() || !item.appliesTo(member.classId(), member.status())) {
                continue;
            }
            for (Choice c : choices(item.value(), gap)) {
                for (List<LocalDate> days : slots) {
                    out.add(days.stream().map(d -> new TrialFact(member.id(), item.id(), c.option(), c.value(), 1, d))
                            .toList());
                }
            }
        }
        return out;
    }

    private record Choice(String option, BigDecimal value) {
    }

    private static List<Choice> choices(ValueRule rule, BigDecimal gap) {
        return switch (rule) {
            case ValueRule.Fixed f -> List.of(new Choice(null, null));
            case ValueRule.ReviewerRange r -> values(r.min(), r.max(), gap).stream()
                    .map(v -> new Choice(null, v)).toList();
            case ValueRule.ByOption o -> o.options().stream().flatMap(opt -> optionChoices(opt, gap).stream())
                    .toList();
        };
    }

    private static List<Choice> optionChoices(ValueOption option, BigDecimal gap) {
        if (option.isFixed()) {
            return List.of(new Choice(option.code(), null));
        }
        return values(option.min(), option.max(), gap).stream().map(v -> new Choice(option.code(), v)).toList();
    }

    /** The bounds, and the gap itself (and twice it, for a category weighted × 0.5) when inside them. */
    private static List<BigDecimal> values(BigDecimal min, BigDecimal max, BigDecimal gap) {
        List<BigDecimal> out = new ArrayList<>(List.of(min, max));
        for (BigDecimal v : List.of(gap, gap.add(gap))) {
            if (v.compareTo(min) > 0 && v.compareTo(max) < 0) {
                out.add(v);
            }
        }
        return out;
    }
}
