package io.jifen.scheme.trial;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cases at the edges of a scheme: for each tier threshold a member exactly on it and one just below (one point
 * less), for each category cap and the total cap a member exactly at it and one just inside. Tier cases expect
 * what the tier scheme says (on the threshold: that tier; below: the next lower one); cap cases expect what the
 * engine computes, for the user to confirm by saving them. An edge no entries can reach is left out.
 */
public final class EdgeCases {

    static final String MEMBER_ID = "E1";
    private static final BigDecimal STEP = BigDecimal.ONE;

    /**
     * A generated case, unnamed: its label is a message key with operands, rendered in the user's language when
     * shown or saved.
     */
    public record Generated(String labelKey, List<Object> labelArguments, TrialCase trialCase) {
    }

    private EdgeCases() {
    }

    /** @param day any day of the evaluation year to use */
    public static List<Generated> generate(SchemeVersion effective, LocalDate day) {
        if (effective.memberClasses().isEmpty()) {
            return List.of();
        }
        MemberClass mc = effective.memberClasses().getFirst();
        TrialMember member = new TrialMember(MEMBER_ID, MEMBER_ID, mc.id(), MemberStatus.FULL, false);
        PeriodRule rule = effective.periodRule();
        Period year = rule.evaluationYearOf(day);
        List<Period> periods = rule.assessedUnit().split(year, rule.yearStartMonth());
        Period first = periods.getFirst();
        List<Generated> out = new ArrayList<>();
        for (TierScheme ts : effective.tierSchemes()) {
            tierCases(effective, member, ts, year, periods, out);
        }
        FactSearch inFirst = new FactSearch(effective, member, first.start(), first.end(),
                List.of(List.of(middle(first))));
        for (Category c : effective.categories()) {
            if (c.rhythm() == null) {
                capCases(inFirst, c, first, out);
            }
        }
        if (rule.totalCap() != null) {
            for (BigDecimal target : List.of(rule.totalCap(), rule.totalCap().subtract(STEP))) {
                inFirst.reach(r -> periodOf(r, first).map(p -> p.rawTotal().value()).orElse(null), target)
                        .ifPresent(f -> out.add(engineCase(inFirst, f, "trial.edge.totalCap",
                                List.of(rule.totalCap(), target))));
            }
        }
        return out;
    }

    private static void tierCases(SchemeVersion scheme, TrialMember member, TierScheme ts, Period year,
            List<Period> periods, List<Generated> out) {
        boolean perPeriod = ts.levels().contains(Level.PERIOD);
        if (!perPeriod && !ts.levels().contains(Level.YEAR)) {
            return;
        }
        Level level = perPeriod ? Level.PERIOD : Level.YEAR;
        Period at = perPeriod ? periods.getFirst() : year;
        // a yearly tier: the same entries in every period first, then one period at a time to fine-tune
        List<List<LocalDate>> slots = perPeriod ? List.of(List.of(middle(at)))
                : List.of(periods.stream().map(EdgeCases::middle).toList(), List.of(middle(periods.getFirst())));
        FactSearch search = new FactSearch(scheme, member, at.start(), at.end(), slots);
        Function<Results, BigDecimal> total = r -> totalAt(r, level, at);
        for (int i = 0; i < ts.tiers().size() - 1; i++) {
            Tier tier = ts.tiers().get(i);
            Tier below = ts.tiers().get(i + 1);
            addTierCase(search, total, tier.min(), new Expectation(MEMBER_ID, level, at.start(), at.end(),
                    tier.min(), ts.id(), tier.id()), "trial.edge.tierOn", List.of(ts.name(), tier.name(),
                    tier.min()), out);
            BigDecimal under = tier.min().subtract(STEP);
            addTierCase(search, total, under, new Expectation(MEMBER_ID, level, at.start(), at.end(), under, ts.id(),
                    below.id()), "trial.edge.tierBelow", List.of(ts.name(), tier.name(), under, below.name()), out);
        }
    }

    private static void addTierCase(FactSearch search, Function<Results, BigDecimal> total, BigDecimal target,
            Expectation expected, String key, List<Object> args, List<Generated> out) {
        search.reach(total, target).ifPresent(facts -> out.add(new Generated(key, args,
                new TrialCase(null, search.input(facts), List.of(expected)))));
    }

    private static void capCases(FactSearch search, Category c, Period first, List<Generated> out) {
        Function<Results, BigDecimal> weighted = r -> periodOf(r, first).flatMap(p -> p.category(c.id()))
                .map(cr -> cr.weighted().value()).orElse(null);
        if (c.cap().max() != null) {
            for (BigDecimal target : List.of(c.cap().max(), c.cap().max().subtract(STEP))) {
                search.reach(weighted, target).ifPresent(f -> out.add(engineCase(search, f, "trial.edge.capMax",
                        List.of(c.name(), c.cap().max(), target))));
            }
        }
        if (c.cap().min() != null) {
            for (BigDecimal target : List.of(c.cap().min(), c.cap().min().add(STEP))) {
                search.reach(weighted, target).ifPresent(f -> out.add(engineCase(search, f, "trial.edge.capMin",
                        List.of(c.name(), c.cap().min(), target))));
            }
        }
    }

    /** A cap case expects the period total and tiers the engine gives: the cap decides them, not a threshold. */
    private static Generated engineCase(FactSearch search, List<TrialFact> facts, String key, List<Object> args) {
        TrialInput input = search.input(facts);
        List<Expectation> expected = Expectations.of(TrialRun.run(search.scheme(), input)).stream()
                .filter(e -> e.level() == Level.PERIOD).toList();
        return new Generated(key, args, new TrialCase(null, input, expected));
    }

    static BigDecimal totalAt(Results r, Level level, Period at) {
        MemberResult m = r.member(MEMBER_ID);
        return switch (level) {
            case PERIOD -> m.periods().stream().filter(p -> p.period().equals(at)).findFirst()
                    .map(p -> p.total().value()).orElse(null);
            case YEAR -> m.years().stream().filter(y -> y.period().equals(at)).findFirst()
                    .map(y -> y.total().value()).orElse(null);
            case INTERIM -> null;
        };
    }

    private static Optional<PeriodResult> periodOf(Results r, Period p) {
        return r.member(MEMBER_ID).period(p);
    }

    private static LocalDate middle(Period p) {
        return p.start().plusDays(p.days() / 2);
    }
}
