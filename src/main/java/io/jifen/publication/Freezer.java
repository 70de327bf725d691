package io.jifen.publication;

import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.score.LedgerLine;
import io.jifen.score.ResultRows;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.MemberResult;
import io.jifen.shared.UserFacingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Freezes a unit's results of one assessed period: evaluated exactly as the scoreboard is ({@link UnitScores} and
 * {@link ResultRows}), with the ledger mark of the entries that counted. Callers check scope and state.
 */
@Component
class Freezer {

    private final UnitScores scores;
    private final SnapshotStore store;

    Freezer(UnitScores scores, SnapshotStore store) {
        this.scores = scores;
        this.store = store;
    }

    /** Stores revision {@code revision} of the unit's period and answers it as stored. */
    Snapshot freeze(Organization unit, Period period, int revision, SnapshotState state, Snapshot previous,
            String by, Instant at) {
        UnitEvaluation e = scores.evaluate(unit, period.start())
                .orElseThrow(() -> new UserFacingException("publication.error.noScheme", unit.getName()));
        List<LedgerLine> counted = countedIn(e, period);
        long mark = counted.stream().mapToLong(LedgerLine::id).max().orElse(0);
        List<SnapshotRow> rows = rows(e, period);
        String changes = previous == null ? null : Changes.between(store.rows(previous.id()), rows);
        Snapshot s = new Snapshot(0, unit.tenantId(), unit.getId(), unit.getPath(), period.start(), period.end(),
                revision, e.inForce().versionRecordId(), mark, counted.size(), state,
                previous == null ? null : previous.windowFrom(), previous == null ? null : previous.windowTo(),
                changes, by, at, previous == null ? null : by, previous == null ? null : at, null, null);
        long id = store.insert(s);
        store.insertRows(id, rows);
        return store.revisions(unit.getId(), period.start()).getFirst();
    }

    /** The confirmed entries dated in the period, reversals and reversed ones included: all moved the ledger. */
    private static List<LedgerLine> countedIn(UnitEvaluation e, Period period) {
        return e.lines().values().stream()
                .filter(l -> !l.date().isBefore(period.start()) && !l.date().isAfter(period.end())).toList();
    }

    private static List<SnapshotRow> rows(UnitEvaluation e, Period period) {
        Map<String, MemberResult> results = e.results().members().stream()
                .collect(Collectors.toMap(MemberResult::memberId, r -> r));
        List<ScoreRow> scored = ResultRows.of(e.results(), id -> {
            Member m = e.members().get(Long.valueOf(id));
            return new ResultRows.Owner(m.getId(), m.getOrganization().getId(), m.getOrganization().getPath(),
                    e.unit().getId());
        }, e.inForce().versionRecordId(), Instant.EPOCH);
        List<SnapshotRow> out = new ArrayList<>();
        for (ScoreRow r : scored) {
            if (r.level() != Level.PERIOD || !r.periodStart().equals(period.start())) {
                continue;
            }
            String reasons = results.get(Long.toString(r.memberId())).period(period)
                    .map(p -> Reasons.of(p, e.inForce().scheme())).orElse("[]");
            out.add(new SnapshotRow(0, 0, r.memberId(), e.members().get(r.memberId()).getName(), r.total(),
                    r.tierName(), r.unitRank(), r.unitSize(), Reasons.json(r.subtotals()), reasons));
        }
        return out;
    }
}
