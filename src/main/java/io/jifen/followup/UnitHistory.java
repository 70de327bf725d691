package io.jifen.followup;

import io.jifen.organization.Member;
import io.jifen.organization.Membership;
import io.jifen.scheme.SchemesInForce;
import io.jifen.score.LedgerLine;
import io.jifen.score.LedgerLines;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import io.jifen.organization.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit evaluated with the history escalation needs. The engine counts "the nth time" and "consecutive" only within
 * the range it evaluates, and a unit's evaluation covers one evaluation year; S8 escalates over years (第一次 / 第二次
 * / 第三次不合格). So the earlier years in which a scheme was in force for the unit (at most {@link #MAX_YEARS} in
 * all) are evaluated together with the current one, under the rules in force now.
 */
@Component
class UnitHistory {

    static final int MAX_YEARS = 5;

    private final UnitScores scores;
    private final SchemesInForce schemes;
    private final LedgerLines ledger;

    UnitHistory(UnitScores scores, SchemesInForce schemes, LedgerLines ledger) {
        this.scores = scores;
        this.schemes = schemes;
        this.ledger = ledger;
    }

    /** The evaluation of the year containing {@code day} and the results over the history range. */
    record Evaluated(UnitEvaluation current, Results results) {
    }

    @Transactional(readOnly = true)
    Optional<Evaluated> evaluate(Organization anyUnit, LocalDate day) {
        return scores.evaluate(anyUnit, day).map(this::withHistory);
    }

    private Evaluated withHistory(UnitEvaluation e) {
        SchemeVersion scheme = e.inForce().scheme();
        LocalDate from = e.year().start();
        for (int i = 1; i < MAX_YEARS; i++) {
            LocalDate before = from.minusDays(1);
            if (schemes.forUnit(e.unit().getPath(), before).isEmpty()) {
                break;
            }
            from = scheme.periodRule().evaluationYearOf(before).start();
        }
        if (from.equals(e.year().start())) {
            return new Evaluated(e, e.results());
        }
        Set<Long> notScored = e.notScored().stream().map(UnitEvaluation.NotScored::memberId)
                .collect(Collectors.toSet());
        List<Member> members = e.members().values().stream().filter(m -> !notScored.contains(m.getId())).toList();
        List<ScoredMember> scored = members.stream().map(m -> Membership.scored(m, Long.toString(e.unit().getId()),
                m.getMemberClass().getCode())).toList();
        List<LedgerLine> lines = ledger.confirmed(members.stream().map(Member::getId).toList(), from, e.year().end());
        List<Fact> facts = LedgerLines.counting(lines).stream().map(LedgerLine::fact).toList();
        return new Evaluated(e, ScoringEngine.evaluate(scheme, scored, facts, new Period(from, e.year().end())));
    }
}
