package io.jifen.ledger.evidence;

import io.jifen.ledger.ClaimEvidence;
import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.ReviewDecisions;
import io.jifen.ledger.review.Reviewers;
import io.jifen.ledger.review.Reviewers.Performer;
import io.jifen.ledger.review.ReviewService;
import io.jifen.organization.OrgScope;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of ledger entries: attached by the claimant or recorder while the entry waits, or by a reviewer or
 * the secretary; read only by those who may see the entry. Limits: {@value #MAX_BYTES} bytes per file,
 * {@value #MAX_FILES} files per entry, JPEG/PNG/WebP/GIF/PDF told by their first bytes. A refused file stores nothing.
 */
@Service
@Transactional
public class EvidenceService implements ClaimEvidence {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 9;
    private static final int MAX_NAME = 200;

    private final EvidenceRepository evidence;
    private final EvidenceStore store;
    private final ReviewService reviews;
    private final Reviewers reviewers;
    private final ReviewDecisions decisions;
    private final OrgScope scope;
    private final EntityManager em;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, EvidenceStore store, ReviewService reviews, Reviewers reviewers,
            ReviewDecisions decisions, OrgScope scope, EntityManager em, Clock clock) {
        this.evidence = evidence;
        this.store = store;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.decisions = decisions;
        this.scope = scope;
        this.em = em;
        this.clock = clock;
    }

    /** A file and its bytes, for serving. */
    public record Opened(Evidence evidence, byte[] content) {
    }

    /**
     * Attaches a file to an entry. {@code contentType} as the browser sent it is ignored: the bytes say what it is.
     *
     * @throws UserFacingException (translated) for a file too large or of another type, too many files, or an entry
     *                             the user may not add to; an entry out of reach reads as not found
     */
    @Override
    public void attach(JifenUser user, long entryId, String name, String contentType, byte[] bytes) {
        attachFile(user, entryId, name, contentType, bytes);
    }

    /** Stores one file as evidence of the entry and answers its record. */
    public Evidence attachFile(JifenUser user, long entryId, String fileName, String contentType, byte[] content) {
        Entry e = reviews.visible(user, entryId).orElseThrow(() -> new UserFacingException("evidence.error.notFound"));
        if (!mayAttach(reviewers.of(user), e)) {
            throw new UserFacingException("evidence.error.notAllowed");
        }
        if (content == null || content.length > MAX_BYTES) {
            throw new UserFacingException("evidence.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = EvidenceTypes.detect(content)
                .orElseThrow(() -> new UserFacingException("evidence.error.type"));
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        if (evidence.countByEntryId(entryId) >= MAX_FILES) {
            throw new UserFacingException("evidence.error.tooMany", MAX_FILES);
        }
        String key = UUID.randomUUID().toString();
        store.put(key, content);
        return evidence.save(new Evidence(entryId, cleanName(fileName), type, content.length, key, user.username(),
                clock.instant()));
    }

    /** How many files an entry has (the claim form and the queue show it). */
    @Transactional(readOnly = true)
    public long count(long entryId) {
        return evidence.countByEntryId(entryId);
    }

    /** The files of an entry the user may see, in upload order. */
    @Transactional(readOnly = true)
    public List<Evidence> list(JifenUser user, long entryId) {
        reviews.visible(user, entryId).orElseThrow(() -> new UserFacingException("evidence.error.notFound"));
        return evidence.findByEntryIdOrderById(entryId);
    }

    /** A file with its bytes, only if the user may see its entry; another tenant's and a missing id look the same. */
    @Transactional(readOnly = true)
    public Optional<Opened> open(JifenUser user, long evidenceId) {
        Optional<String> tenant = scope.tenantPath(user);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select v from Evidence v where v.id = :id and exists (select e.id from Entry e "
                        + "where e.id = v.entryId and e.orgPath like :tenant)", Evidence.class)
                .setParameter("id", evidenceId).setParameter("tenant", tenant.get() + "%")
                .getResultStream().findFirst()
                .filter(v -> reviews.visible(user, v.getEntryId()).isPresent())
                .flatMap(v -> store.get(v.getStorageKey()).map(bytes -> new Opened(v, bytes)));
    }

    /** The claimant or recorder while it waits; the secretary or admin of its unit, or whoever decides its step. */
    private boolean mayAttach(Performer p, Entry e) {
        if (p.reach().manages(e.getOrgPath())) {
            return true;
        }
        boolean claimant = p.reach().isSelf(e.getMemberId()) || e.getRecordedBy().equals(p.reach().username());
        if (claimant) {
            return e.getStatus() == EntryStatus.PENDING;
        }
        return decisions.current(e).map(s -> p.performs(s.step().performerRole(), e)).orElse(false);
    }

    /** The name as shown and offered for download: no folders, no control characters, not too long. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return "evidence";
        }
        return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
    }
}
