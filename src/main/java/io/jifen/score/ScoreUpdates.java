package io.jifen.score;

import io.jifen.ledger.EntryConfirmed;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.scheme.SchemesInForce;
import io.jifen.score.job.RecomputeService;
import io.jifen.scoring.model.Period;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps scores current: once confirmations are committed, each rank unit they touch is updated for the evaluation
 * year of their dates (the confirmed members' results and the unit's ranks, {@link IncrementalScores}), in a
 * transaction of its own. The confirmations of one transaction are gathered first, so a bulk activity of 40 attendees
 * updates each unit once, not once per entry. A failure is logged and leaves the old rows; the background recompute
 * repairs them. A transaction confirming more than {@link LedgerService#SCORED_AT_ONCE_UP_TO} entries (an import of
 * 50,000, an API batch) touches hundreds of units: it queues background recompute jobs instead, written in that
 * transaction so they commit with the entries, and started once it has committed.
 */
@Component
class ScoreUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreUpdates.class);

    private final EntityManager em;
    private final IncrementalScores scores;
    private final TransactionTemplate tx;
    private final SchemesInForce schemes;
    private final RecomputeService recomputes;

    ScoreUpdates(EntityManager em, IncrementalScores scores, PlatformTransactionManager transactions,
            SchemesInForce schemes, RecomputeService recomputes) {
        this.em = em;
        this.scores = scores;
        this.schemes = schemes;
        this.recomputes = recomputes;
        this.tx = new TransactionTemplate(transactions);
        // the confirming transaction has committed: joining it would write nothing
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    public void on(EntryConfirmed event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rescore(List.of(event));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(event);
    }

    /** The confirmations of one transaction, scored after it commits, or queued for the background with it. */
    private final class Pending implements TransactionSynchronization {
        final List<EntryConfirmed> events = new ArrayList<>();
        List<Long> jobs = List.of();

        boolean large() {
            return LedgerService.scoredInBackground(events.size());
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (large()) {
                jobs = queue(events);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ScoreUpdates.this);
            if (status != STATUS_COMMITTED) {
                return;
            }
            if (large()) {
                jobs.forEach(recomputes::runInBackground);
            } else {
                rescore(events);
            }
        }
    }

    /**
     * One recompute job per evaluation year the confirmations fall in, over the smallest subtree holding every rank
     * unit they touch in that year (the import's unit, for an import into one branch); in the confirming
     * transaction. Units without a scheme in force on the day have nothing to score, as in {@link #rescore}.
     */
    private List<Long> queue(List<EntryConfirmed> events) {
        Map<Long, Member> members = membersOf(events);
        SchemesInForce.Memo memo = schemes.memo();
        Map<Period, Set<String>> pathsByYear = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (EntryConfirmed e : events) {
            Member m = members.get(e.memberId());
            String path = m == null ? null : UnitScores.rankUnit(m.getOrganization()).getPath();
            if (path != null && seen.add(path + e.date())) {
                memo.forUnit(path, e.date()).ifPresent(in -> pathsByYear.computeIfAbsent(
                        in.scheme().periodRule().evaluationYearOf(e.date()), k -> new LinkedHashSet<>()).add(path));
            }
        }
        List<Long> ids = new ArrayList<>();
        pathsByYear.forEach((year, paths) -> commonPaths(paths).forEach(p -> ids.add(recomputes.queueForSystem(
                unitIdOf(p), p, year.start(), year.end()))));
        return ids;
    }

    /** The longest common path of the paths of each tree (paths of one tenant share their root). */
    private static List<String> commonPaths(Set<String> paths) {
        Map<String, List<String[]>> byRoot = paths.stream().map(p -> p.substring(1).split("/"))
                .collect(Collectors.groupingBy(s -> s[0], LinkedHashMap::new, Collectors.toList()));
        List<String> out = new ArrayList<>();
        for (List<String[]> tree : byRoot.values()) {
            int n = tree.stream().mapToInt(s -> s.length).min().orElseThrow();
            for (String[] s : tree) {
                int i = 0;
                while (i < n && s[i].equals(tree.getFirst()[i])) {
                    i++;
                }
                n = i;
            }
            out.add("/" + String.join("/", Arrays.asList(tree.getFirst()).subList(0, n)) + "/");
        }
        return out;
    }

    private static long unitIdOf(String path) {
        String[] ids = path.substring(1).split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    /** Never throws: the confirmations are committed whatever happens to their scores. */
    private void rescore(List<EntryConfirmed> events) {
        try {
            tx.executeWithoutResult(s -> {
                // the rows are written through JDBC: the entities read (each unit's roster, the schemes) are never
                // changed, so neither each query nor the commit needs to dirty-check a context growing unit by unit
                em.unwrap(Session.class).setDefaultReadOnly(true);
                em.setFlushMode(FlushModeType.COMMIT);
                unitsOf(events).forEach(u -> scores.update(u.member().getOrganization(), u.day(), u.members())
                        .ifPresent(e -> LOG.debug("unit {} updated ({} evaluated, whole unit {}), engine {} µs",
                                e.unit().getId(), e.evaluated(), e.wholeUnit(), e.engineNanos() / 1000)));
            });
        } catch (RuntimeException ex) {
            LOG.error("scores not updated after {} confirmation(s), first entry {}", events.size(),
                    events.getFirst().entryId(), ex);
        }
    }

    /** A unit to update for the year of {@code day}, reached through one of its members, and who was confirmed. */
    private record UnitDay(Member member, LocalDate day, Set<Long> members) {
    }

    /**
     * One rescoring per rank unit and year: members of a 支部 and of its 党小组 rank together, so the rank unit (not
     * the member's own unit) is the key.
     */
    private List<UnitDay> unitsOf(List<EntryConfirmed> events) {
        Map<Long, Member> members = membersOf(events);
        Map<String, UnitDay> out = new LinkedHashMap<>();
        for (EntryConfirmed e : events) {
            Member m = members.get(e.memberId());
            if (m == null) {
                LOG.warn("entry {} confirmed for unknown member {}", e.entryId(), e.memberId());
            } else {
                out.computeIfAbsent(UnitScores.rankUnit(m.getOrganization()).getId() + "/" + e.date().getYear(),
                        k -> new UnitDay(m, e.date(), new LinkedHashSet<>())).members().add(m.getId());
            }
        }
        return List.copyOf(out.values());
    }

    private Map<Long, Member> membersOf(List<EntryConfirmed> events) {
        List<Long> ids = events.stream().map(EntryConfirmed::memberId).distinct().toList();
        Map<Long, Member> members = new LinkedHashMap<>();
        em.createQuery("select m from Member m join fetch m.organization where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList().forEach(m -> members.put(m.getId(), m));
        return members;
    }
}
