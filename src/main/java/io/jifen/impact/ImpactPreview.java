package io.jifen.impact;

import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeService.DesignedVersion;
import io.jifen.impact.ImpactRow.TierChange;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.score.UnitScores.Inputs;
import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 影响预览: the results of a scheme's organization under a draft beside those under the version in force today,
 * member by member, from the ledger's confirmed entries. Nothing is stored. The draft's items take the entries of
 * the items with the same id; entries of items the draft removes are left out and counted.
 *
 * <p>The whole organization is held in memory (rows, the two evaluations of one rank unit at a time), so it is
 * bounded by {@link #MAX_MEMBERS}; a committee above that previews its branches one at a time.
 */
@Service
public class ImpactPreview {

    /** The most members one preview evaluates; about 30 MB of rows and well under a minute on the engine. */
    public static final int MAX_MEMBERS = 20_000;

    private final SchemeService schemes;
    private final UnitScores scores;
    private final EntityManager em;
    private final Clock clock;

    ImpactPreview(SchemeService schemes, UnitScores scores, EntityManager em, Clock clock) {
        this.schemes = schemes;
        this.scores = scores;
        this.em = em;
        this.clock = clock;
    }

    /** Reports how many of the organization's rank units are evaluated so far. */
    @FunctionalInterface
    public interface Progress {
        void unitsDone(int done, int of);

        Progress NONE = (done, of) -> { };
    }

    /**
     * @param versionId the version being designed: its scheme's organization is previewed; a foreign, missing or
     *                  not-writable version is refused alike (the designer's rule for publishing)
     * @param draft     the draft as the engine takes it (merged onto its parent for an extension)
     */
    @Transactional(readOnly = true)
    public Impact preview(JifenUser user, long versionId, SchemeVersion draft, ImpactSpan span, Progress progress) {
        DesignedVersion version = schemes.openForDesign(user, versionId);
        if (!version.editable()) {
            throw new AccessDeniedException("no version");
        }
        Organization organization = em.find(Organization.class, version.organizationId());
        List<Organization> units = rankUnits(organization);
        requireBounded(organization);
        LocalDate today = LocalDate.now(clock);
        Period draftPeriod = Standings.spanOf(draft, span, today);
        Accumulator all = new Accumulator();
        for (int i = 0; i < units.size(); i++) {
            compare(units.get(i), draft, span, today, all);
            progress.unitsDone(i + 1, units.size());
        }
        return new Impact(span, all.inForceVersion, all.nowPeriod, draftPeriod, all.rows, all.removed,
                all.notScored);
    }

    /** What the units add up to. */
    private static final class Accumulator {
        final List<ImpactRow> rows = new ArrayList<>();
        Integer inForceVersion;
        Period nowPeriod;
        int removed;
        int notScored;
    }

    /** One rank unit under both versions; its members join the rows. */
    private void compare(Organization unit, SchemeVersion draft, ImpactSpan span, LocalDate today, Accumulator all) {
        Optional<UnitEvaluation> now = scores.evaluate(unit, today);
        Map<Long, Standing> before = Map.of();
        SchemeVersion inForce = null;
        if (now.isPresent()) {
            inForce = now.get().inForce().scheme();
            all.inForceVersion = inForce.version();
            all.nowPeriod = Standings.spanOf(inForce, span, today);
            before = Standings.of(now.get().results(), span, all.nowPeriod);
        }
        Period draftYear = draft.periodRule().evaluationYearOf(today);
        Inputs in = scores.inputs(unit, draft, draftYear);
        Set<String> items = draft.items().stream().map(Item::id).collect(Collectors.toSet());
        List<Fact> facts = in.facts();
        List<Fact> kept = facts.stream().filter(f -> f.itemId() == null || items.contains(f.itemId())).toList();
        all.removed += facts.size() - kept.size();
        all.notScored += in.notScored().size();
        Map<Long, Standing> after = Standings.of(evaluate(draft, in, kept, draftYear), span,
                Standings.spanOf(draft, span, today));
        for (Member m : in.members().values()) {
            Standing b = before.get(m.getId());
            Standing a = after.get(m.getId());
            if (b != null || a != null) {
                all.rows.add(new ImpactRow(m.getId(), m.getName(), m.getOrganization().getName(), b, a,
                        Standings.change(b, a, draft, inForce)));
            }
        }
    }

    /** A draft the engine cannot run (it is still being edited) is refused in words, not with a stack trace. */
    private static Results evaluate(SchemeVersion draft, Inputs in, List<Fact> facts, Period year) {
        try {
            return ScoringEngine.evaluate(draft, in.scored(), facts, year);
        } catch (RuntimeException notRunnable) {
            throw new UserFacingException("impact.error.draftNotRunnable");
        }
    }

    /** The units members are ranked in: the branch itself (a group's branch), or the branches below a committee. */
    private List<Organization> rankUnits(Organization organization) {
        if (organization.getType() == OrganizationType.BRANCH || organization.getType() == OrganizationType.GROUP) {
            return List.of(UnitScores.rankUnit(organization));
        }
        return em.createQuery("select o from Organization o where o.path like :path and o.type = :type "
                        + "order by o.id", Organization.class)
                .setParameter("path", organization.getPath() + "%").setParameter("type", OrganizationType.BRANCH)
                .getResultList();
    }

    private void requireBounded(Organization organization) {
        long members = em.createQuery("select count(m) from Member m where m.orgPath like :path "
                + "and m.archivedAt is null", Long.class).setParameter("path", organization.getPath() + "%")
                .getSingleResult();
        if (members > MAX_MEMBERS) {
            throw new UserFacingException("impact.error.tooMany", members, MAX_MEMBERS);
        }
    }
}
