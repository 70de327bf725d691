package io.jifen.honour;

import io.jifen.honour.Appraisal.Candidate;
import io.jifen.honour.Appraisal.Cut;
import io.jifen.honour.Appraisal.Plaque;
import io.jifen.honour.Appraisal.RuleList;
import io.jifen.organization.Member;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.score.UnitEvaluation;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.EligibilityResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.TierResult;
import io.jifen.scoring.result.TriggeredConsequence;
import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a unit's evaluated year into the appraisal: candidates per eligibility rule ordered by the annual total,
 * then the unit rank, cut at the quota with the ties at the cut shown; the plaques of the TopN consequence rules.
 */
final class AppraisalBuilder {

    private static final Messages MESSAGES = new Messages();

    private AppraisalBuilder() {
    }

    private record Eligible(MemberResult member, AnnualResult year, EligibilityResult result) {
    }

    /**
     * @param quotaOfRule the unit's quota of a rule for the year, null when none is set
     * @param yearOver    whether the evaluation year has ended (the engine grades a running year as if complete)
     */
    static Appraisal build(UnitEvaluation e, int year, Function<String, Integer> quotaOfRule, boolean yearOver,
            Locale locale) {
        List<RuleList> lists = new ArrayList<>();
        for (EligibilityRule rule : e.inForce().scheme().eligibilityRules()) {
            List<Eligible> eligible = eligibleFor(e, rule.id(), year);
            lists.add(list(e, rule, eligible, quotaOfRule.apply(rule.id()), locale));
        }
        boolean complete = yearOver && e.results().members().stream().flatMap(m -> m.year(year).stream())
                .allMatch(AnnualResult::complete);
        return new Appraisal(e.unit().getId(), e.unit().getName(), year, complete, lists, plaques(e, locale));
    }

    private static List<Eligible> eligibleFor(UnitEvaluation e, String ruleId, int year) {
        Comparator<Eligible> order = Comparator.comparing((Eligible x) -> x.year().total().value()).reversed()
                .thenComparing(x -> x.year().rankInUnit() == null ? Integer.MAX_VALUE
                        : x.year().rankInUnit().position());
        return e.results().members().stream().flatMap(m -> m.year(year).stream().flatMap(y -> y.eligibility()
                .stream().filter(r -> r.ruleId().equals(ruleId) && r.eligible()).map(r -> new Eligible(m, y, r))))
                .sorted(order).toList();
    }

    private static RuleList list(UnitEvaluation e, EligibilityRule rule, List<Eligible> eligible, Integer quota,
            Locale locale) {
        // a tie at the cut: the last place inside the quota and the first outside have the same total
        BigDecimal cutTotal = quota == null || quota == 0 || eligible.size() <= quota ? null
                : eligible.get(quota - 1).year().total().value();
        if (cutTotal != null && eligible.get(quota).year().total().value().compareTo(cutTotal) != 0) {
            cutTotal = null;
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Eligible x = eligible.get(i);
            // everybody on the cut's total is tied for the last place(s): shown as TIE, inside the quota or not
            boolean tied = cutTotal != null && x.year().total().value().compareTo(cutTotal) == 0;
            Cut cut = tied ? Cut.TIE : quota == null || i < quota ? Cut.IN : Cut.OUT;
            out.add(candidate(e, x, i + 1, cut, locale));
        }
        return new RuleList(rule.id(), rule.name(), quota, out);
    }

    private static Candidate candidate(UnitEvaluation e, Eligible x, int place, Cut cut, Locale locale) {
        Member m = e.members().get(Long.valueOf(x.member().memberId()));
        List<String> periods = x.member().periods().stream().filter(p -> x.year().period().contains(p.period()
                .start())).map(p -> MESSAGES.getTranslation("honour.evidence.period", locale,
                        p.period().start().toString(), p.period().end().toString(), tiers(p.tiers(), locale)))
                .toList();
        List<String> reasons = x.result().reasons().stream().map(r -> ExplanationMessages.format(r, locale)).toList();
        return new Candidate(m.getId(), m.getName(), place, x.year().total().value(),
                x.year().rankInUnit() == null ? null : x.year().rankInUnit().position(), periods,
                tiers(x.year().tiers(), locale), reasons, cut);
    }

    static String tiers(List<TierResult> tiers, Locale locale) {
        return tiers.stream().map(TierResult::tierName)
                .collect(Collectors.joining(MESSAGES.getTranslation("explain.list.separator", locale)));
    }

    /** Holders of each period's plaque: members a TopN rule fired for (S1 流动荣誉牌), in period order. */
    private static List<Plaque> plaques(UnitEvaluation e, Locale locale) {
        Map<String, ConsequenceRule> topN = e.inForce().scheme().consequenceRules().stream()
                .filter(r -> r.trigger() instanceof ConsequenceTrigger.TopN && r.level() == Level.PERIOD)
                .collect(Collectors.toMap(ConsequenceRule::id, Function.identity()));
        Map<String, List<TriggeredConsequence>> byPeriod = e.results().consequences().stream()
                .filter(c -> topN.containsKey(c.ruleId()))
                .collect(Collectors.groupingBy(c -> c.period().start() + "|" + c.ruleId(), TreeMap::new,
                        Collectors.toList()));
        return byPeriod.values().stream().map(cs -> new Plaque(cs.getFirst().period().start(),
                cs.getFirst().period().end(), topN.get(cs.getFirst().ruleId()).name(), cs.stream()
                        .map(c -> e.members().get(Long.valueOf(c.memberId())).getName()).toList())).toList();
    }
}
