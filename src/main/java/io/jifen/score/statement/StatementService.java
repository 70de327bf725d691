package io.jifen.score.statement;

import io.jifen.organization.Member;
import io.jifen.score.LedgerLine;
import io.jifen.score.LedgerLines;
import io.jifen.score.ScoreReach;
import io.jifen.score.ScoreRow;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.Statement.Section;
import io.jifen.score.statement.Statement.Summary;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member statement: the engine explains the member's period or year from the ledger, live (a unit is small),
 * and every point is traced to its entries and their approvers. Scope first: a member reads their own, a group
 * leader their group, a secretary their branch, an admin their subtree; anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final ScoreReach reach;
    private final UnitScores scores;
    private final LedgerLines ledger;
    private final JdbcClient jdbc;

    StatementService(ScoreReach reach, UnitScores scores, LedgerLines ledger, JdbcClient jdbc) {
        this.reach = reach;
        this.scores = scores;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /**
     * @param level       PERIOD, INTERIM or YEAR
     * @param periodStart first day of the period or year asked for
     * @return empty for a member out of reach or unknown, or when no scheme is in force for their unit that day
     */
    public Optional<Statement> statement(JifenUser user, long memberId, ScoreRow.Level level, LocalDate periodStart,
            Locale locale) {
        return reach.member(user, memberId).flatMap(m -> scores.evaluate(m.getOrganization(), periodStart)
                .map(e -> build(m, e, level, periodStart, new Words(locale))));
    }

    private Statement build(Member m, UnitEvaluation e, ScoreRow.Level level, LocalDate start, Words w) {
        String version = ruleVersion(e.inForce().versionRecordId());
        var notScored = e.notScored().stream().filter(n -> n.memberId() == m.getId()).findFirst();
        Optional<MemberResult> r = e.results().members().stream()
                .filter(x -> x.memberId().equals(Long.toString(m.getId()))).findFirst();
        if (notScored.isPresent() || r.isEmpty()) {
            String why = notScored.map(n -> w.say(n.reasonKey(), n.operand())).orElse(null);
            return new Statement(m.getId(), m.getName(), m.getOrganization().getName(), e.inForce().schemeName(),
                    version, level, e.year(), null, List.of(), List.of(), List.of(), why);
        }
        List<LedgerLine> mine = e.lines().values().stream().filter(l -> l.memberId() == m.getId()).toList();
        StatementParts parts = new StatementParts(e.inForce().scheme(), w,
                ledger.reviews(mine.stream().map(LedgerLine::id).toList()), mine);
        Chosen c = choose(r.get(), level, start, e.year(), parts);
        List<Section> sections = c.shown().stream().map(parts::section).toList();
        List<EntryLine> reversals = parts.reversals(c.period());
        List<String> notes = new ArrayList<>(parts.ignored(e.results().ignoredFacts(), c.period()));
        r.get().notes().forEach(n -> notes.add(w.say(n)));
        return new Statement(m.getId(), m.getName(), m.getOrganization().getName(), e.inForce().schemeName(),
                version, level, c.period(), c.summary(), sections, reversals, notes, null);
    }

    /** The result asked for, and the assessed periods it is made of (no summary when there is no such result). */
    private record Chosen(Period period, Summary summary, List<PeriodResult> shown) {
    }

    private static Chosen choose(MemberResult mr, ScoreRow.Level level, LocalDate start, Period year,
            StatementParts parts) {
        return switch (level) {
            case YEAR -> mr.years().stream().filter(y -> y.period().start().equals(start)).findFirst()
                    .map(y -> new Chosen(y.period(), parts.summary(y), within(mr, y.period())))
                    .orElse(new Chosen(year, null, List.of()));
            case INTERIM -> mr.interims().stream().filter(i -> i.period().start().equals(start)).findFirst()
                    .map(i -> new Chosen(i.period(), parts.summary(i), within(mr, i.period())))
                    .orElse(new Chosen(year, null, List.of()));
            case PERIOD -> mr.periods().stream().filter(p -> p.period().start().equals(start)).findFirst()
                    .map(p -> new Chosen(p.period(), parts.summary(p), List.of(p)))
                    .orElse(new Chosen(year, null, List.of()));
        };
    }

    private static List<PeriodResult> within(MemberResult mr, Period range) {
        return mr.periods().stream().filter(p -> range.contains(p.period().start())).toList();
    }

    /** {@code <scheme code>-v<number>} of the stored version. */
    private String ruleVersion(long versionRecordId) {
        return jdbc.sql("select concat(s.code, '-v', v.number) from scheme_version v join scheme s "
                + "on s.id = v.scheme_id where v.id = ?").param(versionRecordId).query(String.class).single();
    }
}
