package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryConfirmed;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.Review;
import io.jifen.ledger.ReviewDecisions;
import io.jifen.ledger.ReviewDecisions.Step;
import io.jifen.ledger.review.Reviewers.Performer;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review of pending entries: each reviewer's queue, their decisions and the trail the claimant reads. A decision
 * is taken in a transaction of its own (a batch decides entry by entry), on the step the entry waits for and with
 * the version the reviewer saw: of two reviewers deciding one entry at once exactly one decision is stored, the
 * other gets "already decided" (optimistic lock on the entry, unique trail row per entry and step).
 */
@Service
public class ReviewService {

    static final int MAX_REASON = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);

    private final Reviewers reviewers;
    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final EntryViews views;
    private final OrgScope scope;
    private final MemberLookup lookup;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReviewService(Reviewers reviewers, ReviewQueue queue, ReviewDecisions decisions, EntryViews views, OrgScope scope,
            MemberLookup lookup, EntityManager em, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.reviewers = reviewers;
        this.queue = queue;
        this.decisions = decisions;
        this.views = views;
        this.scope = scope;
        this.lookup = lookup;
        this.em = em;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The entries waiting for the user's decision, oldest first, one page read by the database. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(JifenUser user, ReviewFilter filter, int offset, int limit) {
        return views.rows(queue.page(reviewers.of(user), filter, offset, limit));
    }

    /** How many entries wait for the user (the view's counter). */
    @Transactional(readOnly = true)
    public long waiting(JifenUser user, ReviewFilter filter) {
        return queue.count(reviewers.of(user), filter);
    }

    /** The units the user reviews in, for the queue's unit filter. */
    @Transactional(readOnly = true)
    public List<Organization> units(JifenUser user) {
        return reviewers.of(user).reviewPaths().stream().flatMap(p -> lookup.subtree(p).stream()).toList();
    }

    /** @throws UserFacingException (translated) when the user may not decide; ConflictException when already decided */
    public void approve(JifenUser user, long entryId, long expectedVersion) {
        decide(user, entryId, expectedVersion, Review.Decision.APPROVED, null);
    }

    /** Rejects with a reason the claimant reads in the trail. */
    public void reject(JifenUser user, long entryId, long expectedVersion, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserFacingException("review.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("review.error.reasonTooLong", MAX_REASON);
        }
        decide(user, entryId, expectedVersion, Review.Decision.REJECTED, why);
    }

    /** Approves each entry at the version it has now, each in its own transaction; refusals do not stop the rest. */
    public BatchResult approveAll(JifenUser user, Collection<Long> ids) {
        List<Long> decided = new ArrayList<>();
        List<BatchResult.Refusal> refused = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            try {
                long version = tx.execute(s -> load(reviewers.of(user), id).getVersion());
                decide(user, id, version, Review.Decision.APPROVED, null);
                decided.add(id);
            } catch (UserFacingException e) {
                refused.add(new BatchResult.Refusal(id, e.messageKey(), List.of(e.arguments())));
            }
        }
        return new BatchResult(decided, refused);
    }

    /** The decisions taken on an entry the user may see: the statement's and the claimant's view of its review. */
    @Transactional(readOnly = true)
    public List<TrailStep> trail(JifenUser user, long entryId) {
        Entry e = visible(user, entryId).orElseThrow(() -> new UserFacingException("review.error.notFound"));
        return views.trail(e, decisions.trail(entryId));
    }

    /**
     * The entry if the user may see it: their own, their group's (as its leader), their branch's or subtree's (as
     * secretary or admin), or one they review or reviewed. Another tenant's entry and a missing id look the same.
     */
    @Transactional(readOnly = true)
    public Optional<Entry> visible(JifenUser user, long entryId) {
        Optional<String> tenant = scope.tenantPath(user);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entry> found = em.createQuery("select e from Entry e where e.id = :id and e.orgPath like :tenant",
                Entry.class).setParameter("id", entryId).setParameter("tenant", tenant.get() + "%")
                .getResultStream().findFirst();
        Performer p = reviewers.of(user);
        return found.filter(e -> p.reach().isSelf(e.getMemberId()) || p.reach().leadsGroupOf(e.getOrgPath())
                || p.reach().manages(e.getOrgPath()) || reviews(p, e));
    }

    private boolean reviews(Performer p, Entry e) {
        boolean now = decisions.current(e).map(s -> p.performs(s.step().performerRole(), e)).orElse(false);
        return now || decisions.trail(e.getId()).stream().anyMatch(r -> r.getDecidedBy().equals(p.reach().username()));
    }

    private void decide(JifenUser user, long entryId, long expectedVersion, Review.Decision decision, String reason) {
        try {
            tx.execute(s -> decideInTransaction(user, entryId, expectedVersion, decision, reason));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException | jakarta.persistence.OptimisticLockException e) {
            LOG.info("Entry {} was decided by someone else at the same time: {}", entryId, e.getClass().getSimpleName());
            throw new ConflictException("review.error.alreadyDecided");
        }
    }

    /** @return the entry when this decision confirmed it, else null */
    private Entry decideInTransaction(JifenUser user, long entryId, long expectedVersion, Review.Decision decision,
            String reason) {
        Performer p = reviewers.of(user);
        Entry e = load(p, entryId);
        if (e.getStatus() != EntryStatus.PENDING || e.getVersion() != expectedVersion) {
            throw new ConflictException("review.error.alreadyDecided");
        }
        Step step = decisions.current(e).orElseThrow(() -> new ConflictException("review.error.alreadyDecided"));
        if (p.own(e)) {
            throw new UserFacingException("review.error.ownEntry");
        }
        if (!p.performs(step.step().performerRole(), e)) {
            throw new UserFacingException("review.error.notYourStep");
        }
        if (decisions.closed(e.getOrgPath(), e.getDate())) {
            throw new UserFacingException("review.error.periodClosed", e.getDate().toString());
        }
        if (decision == Review.Decision.APPROVED && step.item().evidenceRequired() && views.evidenceCount(entryId) == 0) {
            throw new UserFacingException("review.error.evidenceRequired", step.item().name());
        }
        if (!decisions.decide(e, step, decision, reason, user.username(), clock.instant())) {
            return null;
        }
        events.publishEvent(new EntryConfirmed(e.getId(), e.getMemberId(), e.getDate()));
        return e;
    }

    /** A pending entry in one of the user's review subtrees; anything else is "not found", whatever the reason. */
    private Entry load(Performer p, long entryId) {
        for (String path : p.reviewPaths()) {
            Optional<Entry> e = em.createQuery("select e from Entry e where e.id = :id and e.orgPath like :path",
                    Entry.class).setParameter("id", entryId).setParameter("path", path + "%")
                    .getResultStream().findFirst();
            if (e.isPresent()) {
                return e.get();
            }
        }
        throw new UserFacingException("review.error.notFound");
    }
}
