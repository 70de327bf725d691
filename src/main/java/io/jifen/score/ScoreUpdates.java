package io.jifen.score;

import io.jifen.ledger.EntryConfirmed;
import io.jifen.organization.Member;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * or an import of 50,000 entries updates each unit once, not once per entry. A failure is logged and leaves the old rows; the background
 * recompute repairs them.
 */
@Component
class ScoreUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreUpdates.class);

    private final EntityManager em;
    private final IncrementalScores scores;
    private final TransactionTemplate tx;

    ScoreUpdates(EntityManager em, IncrementalScores scores, PlatformTransactionManager transactions) {
        this.em = em;
        this.scores = scores;
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

    /** The confirmations of one transaction, scored after it commits. */
    private final class Pending implements TransactionSynchronization {
        final List<EntryConfirmed> events = new ArrayList<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ScoreUpdates.this);
            if (status == STATUS_COMMITTED) {
                rescore(events);
            }
        }
    }

    /** Never throws: the confirmations are committed whatever happens to their scores. */
    private void rescore(List<EntryConfirmed> events) {
        try {
            tx.executeWithoutResult(s -> unitsOf(events).forEach(u -> scores.update(u.member().getOrganization(),
                    u.day(), u.members()).ifPresent(e -> LOG.debug("unit {} updated ({} evaluated, whole unit {}), "
                    + "engine {} µs", e.unit().getId(), e.evaluated(), e.wholeUnit(), e.engineNanos() / 1000))));
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
        List<Long> ids = events.stream().map(EntryConfirmed::memberId).distinct().toList();
        Map<Long, Member> members = new LinkedHashMap<>();
        em.createQuery("select m from Member m join fetch m.organization where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList().forEach(m -> members.put(m.getId(), m));
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
}
