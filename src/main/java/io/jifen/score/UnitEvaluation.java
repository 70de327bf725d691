package io.jifen.score;

import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.Results;
import java.util.List;
import java.util.Map;

/**
 * One rank unit evaluated for one evaluation year: who was scored, who not and why, the entries read and the
 * engine's results.
 *
 * @param members     every member of the unit that was read, scored or not, by id
 * @param notScored   members the engine did not score, with the bundle key of the reason and its operand
 * @param lines       the confirmed entries of the range by id, reversals and reversed ones included
 * @param engineNanos time spent inside {@code ScoringEngine.evaluate}
 */
public record UnitEvaluation(Organization unit, InForce inForce, Period year, Map<Long, Member> members,
        List<NotScored> notScored, Map<Long, LedgerLine> lines, Results results, long engineNanos) {

    /** A member left out of scoring, with a reason a user can read ({@code reasonKey} with one operand). */
    public record NotScored(long memberId, String reasonKey, String operand) {
    }
}
