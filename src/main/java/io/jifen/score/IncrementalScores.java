package io.jifen.score;

import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The update after confirmations (issue 9 point 5: ≤ 5 ms of engine time): only the confirmed members are evaluated
 * for the year and their rows replaced. A member's periods, interims, year, tiers, veto and rank basis depend on the
 * member's own facts alone; only ranks need the others, and those are counted when a row is read
 * ({@link ScoreStore#RANK_COLUMNS}), so the unit's ranks follow without writing its other rows. The rows come out
 * as {@link UnitScores#score} would write them ({@code IncrementalEqualsFullTest}); whenever that cannot be vouched
 * for, the whole unit is scored instead: a unit whose stored rows are missing or from another version, rank unit or
 * unit (first scoring, roster changed, scheme republished), a confirmed member not scored, or most of the unit
 * confirmed.
 */
@Service
public class IncrementalScores {

    private final EntityManager em;
    private final UnitScores units;
    private final SchemesInForce schemes;
    private final LedgerLines ledger;
    private final ScoreStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    IncrementalScores(EntityManager em, UnitScores units, SchemesInForce schemes, LedgerLines ledger,
            ScoreStore store, JdbcClient jdbc, Clock clock) {
        this.em = em;
        this.units = units;
        this.schemes = schemes;
        this.ledger = ledger;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What an update did.
     *
     * @param wholeUnit   whether the whole unit was evaluated ({@link UnitScores#score}) instead of the members
     * @param evaluated   members the engine evaluated
     * @param engineNanos time inside {@code ScoringEngine.evaluate}
     */
    public record Update(Organization unit, boolean wholeUnit, int evaluated, long engineNanos) {
    }

    /**
     * Scores {@code memberIds} (members of {@code anyUnit}'s rank unit whose entries were confirmed) for the year of
     * {@code day}; empty when no scheme is in force there that day.
     */
    @Transactional
    public Optional<Update> update(Organization anyUnit, LocalDate day, Collection<Long> memberIds) {
        Organization unit = UnitScores.rankUnit(anyUnit);
        Optional<InForce> inForce = schemes.forUnit(unit.getPath(), day);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        SchemeVersion scheme = inForce.get().scheme();
        Period year = scheme.periodRule().evaluationYearOf(day);
        Map<Long, Member> roster = UnitScores.membersOf(em, unit);
        List<ScoredMember> scored = UnitScores.scoredMembers(unit, inForce.get().scheme(), roster, new ArrayList<>());
        List<ScoredMember> touched = scored.stream().filter(m -> memberIds.contains(Long.valueOf(m.id()))).toList();
        if (touched.size() != Set.copyOf(memberIds).size()
                || touched.size() * 2 > scored.size() || !storedAsScored(unit, inForce.get(), year, roster, scored)) {
            return units.score(anyUnit, day)
                    .map(e -> new Update(e.unit(), true, e.results().members().size(), e.engineNanos()));
        }
        Map<Long, Member> members = new LinkedHashMap<>();
        touched.forEach(m -> members.put(Long.valueOf(m.id()), roster.get(Long.valueOf(m.id()))));
        List<LedgerLine> lines = ledger.confirmed(members.keySet(), year.start(), year.end());
        List<Fact> facts = LedgerLines.counting(lines).stream().map(LedgerLine::fact).toList();
        long t0 = System.nanoTime();
        Results results = ScoringEngine.evaluate(scheme, touched, facts, year);
        long nanos = System.nanoTime() - t0;
        UnitEvaluation e = new UnitEvaluation(unit, inForce.get(), year, members, List.of(), LedgerLines.byId(lines),
                results, nanos);
        store.replace(members.keySet(), year.start(), year.end(), UnitScores.rows(e, clock.instant()));
        return Optional.of(new Update(unit, false, touched.size(), nanos));
    }

    /**
     * Whether the stored rows of the year are those a whole-unit scoring left: rows for exactly the members the engine
     * gives results (scored, not exempt), each member's rows of this scheme version, rank unit and current unit.
     */
    private boolean storedAsScored(Organization unit, InForce inForce, Period year, Map<Long, Member> roster,
            List<ScoredMember> scored) {
        Map<String, MemberClass> classes = inForce.scheme().memberClasses().stream()
                .collect(Collectors.toMap(MemberClass::id, c -> c));
        Set<Long> expected = scored.stream().filter(m -> !(m.exempt()
                        && classes.get(m.classId()).exemption() != ExemptionRule.NOT_ALLOWED))
                .map(m -> Long.valueOf(m.id())).collect(Collectors.toSet());
        Map<Long, Boolean> stored = new HashMap<>();
        jdbc.sql("select member_id, min(scheme_version_id), max(scheme_version_id), min(rank_unit_id), "
                        + "max(rank_unit_id), min(organization_id), max(organization_id) from score_result "
                        + "where member_id in (:ids) and period_start between :from and :to group by member_id")
                .param("ids", roster.keySet()).param("from", year.start()).param("to", year.end())
                .query(rs -> {
                    long id = rs.getLong(1);
                    long org = roster.get(id).getOrganization().getId();
                    stored.put(id, rs.getLong(2) == inForce.versionRecordId()
                            && rs.getLong(3) == inForce.versionRecordId() && rs.getLong(4) == unit.getId()
                            && rs.getLong(5) == unit.getId() && rs.getLong(6) == org && rs.getLong(7) == org);
                });
        return stored.keySet().equals(expected) && !stored.containsValue(false);
    }
}
