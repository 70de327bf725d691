package io.jifen.score;

import io.jifen.ledger.EntryConfirmed;
import io.jifen.organization.Member;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps scores current: once a confirmation is committed, the member's unit is scored again for the evaluation year
 * of the entry's date (the member's result and the unit's ranks), in a transaction of its own. A failure here is
 * logged and leaves the old rows; the background recompute repairs them.
 */
@Component
class ScoreUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreUpdates.class);

    private final EntityManager em;
    private final UnitScores scores;
    private final TransactionTemplate tx;

    ScoreUpdates(EntityManager em, UnitScores scores, PlatformTransactionManager transactions) {
        this.em = em;
        this.scores = scores;
        this.tx = new TransactionTemplate(transactions);
        // the confirming transaction has committed: joining it would write nothing
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Never throws: the confirmation is committed whatever happens to its scores. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(EntryConfirmed event) {
        try {
            tx.executeWithoutResult(s -> rescore(event));
        } catch (RuntimeException ex) {
            LOG.error("scores of member {} not updated after entry {}", event.memberId(), event.entryId(), ex);
        }
    }

    private void rescore(EntryConfirmed event) {
        Member m = em.find(Member.class, event.memberId());
        if (m == null) {
            LOG.warn("entry {} confirmed for unknown member {}", event.entryId(), event.memberId());
            return;
        }
        scores.score(m.getOrganization(), event.date()).ifPresent(e -> LOG.debug(
                "entry {}: unit {} rescored, engine {} µs", event.entryId(), e.unit().getId(),
                e.engineNanos() / 1000));
    }
}
