package io.jifen.score;

import io.jifen.organization.Member;
import io.jifen.organization.Membership;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.score.UnitEvaluation.NotScored;
import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores one rank unit (支部, with its 党小组) for the evaluation year containing a day, from the ledger, and stores
 * the rows (assessed periods, interims, the year) with the unit's ranks. The year is evaluated as a whole because
 * ranks and a non-resetting period rule tie its periods together; a unit is small, so this stays within the
 * incremental update's budget. Callers check scope: this takes units as given.
 */
@Service
public class UnitScores {

    private static final Logger LOG = LoggerFactory.getLogger(UnitScores.class);

    private final EntityManager em;
    private final SchemesInForce schemes;
    private final LedgerLines ledger;
    private final ScoreStore store;
    private final Clock clock;

    UnitScores(EntityManager em, SchemesInForce schemes, LedgerLines ledger, ScoreStore store, Clock clock) {
        this.em = em;
        this.schemes = schemes;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
    }

    /** The unit ranks are computed in: a 党小组's members rank in the 支部 above it. */
    public static Organization rankUnit(Organization unit) {
        return unit.getType() == OrganizationType.GROUP && unit.getParent() != null ? unit.getParent() : unit;
    }

    /** Evaluates and stores; empty when no scheme is in force for the unit that day (nothing is changed then). */
    @Transactional
    public Optional<UnitEvaluation> score(Organization anyUnit, LocalDate day) {
        Optional<UnitEvaluation> e = evaluate(anyUnit, day);
        e.ifPresent(this::store);
        return e;
    }

    /** Evaluates without storing (the member statement explains from this). */
    @Transactional(readOnly = true)
    public Optional<UnitEvaluation> evaluate(Organization anyUnit, LocalDate day) {
        Organization unit = rankUnit(anyUnit);
        Optional<InForce> inForce = schemes.forUnit(unit.getPath(), day);
        if (inForce.isEmpty()) {
            LOG.debug("no scheme in force for unit {} on {}", unit.getId(), day);
            return Optional.empty();
        }
        Period year = inForce.get().scheme().periodRule().evaluationYearOf(day);
        Inputs in = inputs(unit, inForce.get().scheme(), year);
        long t0 = System.nanoTime();
        Results results = ScoringEngine.evaluate(inForce.get().scheme(), in.scored(), in.facts(), year);
        long nanos = System.nanoTime() - t0;
        return Optional.of(new UnitEvaluation(unit, inForce.get(), year, in.members(), in.notScored(),
                LedgerLines.byId(in.lines()), results, nanos));
    }

    /**
     * The engine's input for a rank unit under a scheme: the roster as that scheme scores it and the confirmed
     * entries of a range. Shared with the impact preview, which runs a draft on the same input as the board.
     *
     * @param lines the confirmed entries of the range, reversals and reversed ones included
     */
    public record Inputs(Organization unit, Map<Long, Member> members, List<NotScored> notScored,
            List<ScoredMember> scored, List<LedgerLine> lines) {

        /** The entries that count, as the engine's facts. */
        public List<Fact> facts() {
            return LedgerLines.counting(lines).stream().map(LedgerLine::fact).toList();
        }
    }

    /** See {@link Inputs}; {@code anyUnit} is taken to its rank unit. Callers check scope. */
    @Transactional(readOnly = true)
    public Inputs inputs(Organization anyUnit, SchemeVersion scheme, Period range) {
        Organization unit = rankUnit(anyUnit);
        Map<Long, Member> members = membersOf(em, unit);
        List<NotScored> notScored = new ArrayList<>();
        List<ScoredMember> scored = scoredMembers(unit, scheme, members, notScored);
        List<LedgerLine> lines = ledger.confirmed(scored.stream().map(m -> Long.valueOf(m.id())).toList(),
                range.start(), range.end());
        return new Inputs(unit, members, notScored, scored, lines);
    }

    private void store(UnitEvaluation e) {
        List<ScoreRow> rows = rows(e, clock.instant());
        store.replace(e.members().keySet(), e.year().start(), e.year().end(), rows);
        LOG.debug("unit {}: {} rows for {} stored, engine {} µs", e.unit().getId(), rows.size(), e.year(),
                e.engineNanos() / 1000);
    }

    /** The rows of an evaluation, each member's in the member's unit, ranked in the evaluation's rank unit. */
    static List<ScoreRow> rows(UnitEvaluation e, java.time.Instant at) {
        return ResultRows.of(e.results(), id -> {
            Member m = e.members().get(Long.valueOf(id));
            return new ResultRows.Owner(m.getId(), m.getOrganization().getId(), m.getOrganization().getPath(),
                    e.unit().getId());
        }, e.inForce().versionRecordId(), at);
    }

    /** The unit's members (its 党小组 included), archived ones left out, by id. */
    static Map<Long, Member> membersOf(EntityManager em, Organization unit) {
        return em.createQuery("select m from Member m join fetch m.organization left join fetch m.memberClass "
                        + "where m.orgPath like :path and m.archivedAt is null order by m.id", Member.class)
                .setParameter("path", unit.getPath() + "%").getResultList().stream()
                .collect(Collectors.toMap(Member::getId, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    /** The roster as the engine scores it; a class the scheme does not know is a reason, never a crash. */
    static List<ScoredMember> scoredMembers(Organization unit, SchemeVersion scheme, Map<Long, Member> members,
            List<NotScored> notScored) {
        Set<String> classes = scheme.memberClasses().stream().map(c -> c.id()).collect(Collectors.toSet());
        List<ScoredMember> out = new ArrayList<>();
        for (Member m : members.values()) {
            String code = m.getMemberClass() == null ? null : m.getMemberClass().getCode();
            if (code == null) {
                notScored.add(new NotScored(m.getId(), "score.notScored.noClass", m.getName()));
            } else if (!classes.contains(code)) {
                notScored.add(new NotScored(m.getId(), "score.notScored.unknownClass", m.getMemberClass().getName()));
            } else if (!Membership.hasMemberDays(m)) {
                notScored.add(new NotScored(m.getId(), "score.notScored.noMemberDays", m.getName()));
            } else {
                out.add(Membership.scored(m, Long.toString(unit.getId()), code));
            }
        }
        return out;
    }
}
