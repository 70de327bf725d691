package io.jifen.ledger;

import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which a review decision changes an entry: the entry's state changes and the trail rows are
 * package-private, so that recording and deciding stay the only writers. Callers (the review feature) have checked
 * who decides and whether they may; this only applies the decision to the step the entry waits for.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewDecisions {

    private final EntryRepository entries;
    private final ReviewRepository reviews;
    private final PeriodClosureRepository closures;
    private final SchemesInForce schemes;
    /** Published versions never change, so a step's performer role is fixed per (version, step). */
    private final Map<String, String> roles = new ConcurrentHashMap<>();

    ReviewDecisions(EntryRepository entries, ReviewRepository reviews, PeriodClosureRepository closures,
            SchemesInForce schemes) {
        this.entries = entries;
        this.reviews = reviews;
        this.closures = closures;
        this.schemes = schemes;
    }

    /** The step an entry waits for, with its item and workflow from the scheme in force on the entry's date. */
    public record Step(Item item, Workflow workflow, ReviewStep step) {
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Step> current(Entry e) {
        if (e.getStatus() != EntryStatus.PENDING || e.getCurrentStep() == null) {
            return Optional.empty();
        }
        return schemes.forUnit(e.getOrgPath(), e.getDate()).flatMap(f -> {
            Item item = f.scheme().items().stream().filter(i -> i.id().equals(e.getItemId())).findFirst().orElse(null);
            ReviewStep step = ReviewPlan.step(e.getCurrentStep(), f.scheme().workflow());
            return item == null || step == null ? Optional.empty()
                    : Optional.of(new Step(item, f.scheme().workflow(), step));
        });
    }

    /**
     * The performer role of a step of a stored version, resolved once from any unit and day that version scores.
     * Null when the step is unknown (nobody but an admin may then decide).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String roleOf(long schemeVersionId, String stepId, String sampleOrgPath, LocalDate sampleDay) {
        if (ReviewPlan.DEFAULT_STEP.id().equals(stepId)) {
            return ReviewPlan.DEFAULT_STEP.performerRole();
        }
        String key = schemeVersionId + "/" + stepId;
        String known = roles.get(key);
        if (known != null) {
            return known;
        }
        String role = schemes.forUnit(sampleOrgPath, sampleDay)
                .map(f -> ReviewPlan.step(stepId, f.scheme().workflow()))
                .map(ReviewStep::performerRole).orElse(null);
        if (role != null) {
            roles.put(key, role);
        }
        return role;
    }

    /** The review step a claim or supplement gets when its item names none (reviewed by the branch). */
    public static String defaultStepId() {
        return ReviewPlan.DEFAULT_STEP.id();
    }

    /** A closure covers the day for the entry's unit (at the unit or above): no decisions then. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean closed(String orgPath, LocalDate day) {
        return !closures.covering(orgPath, day).isEmpty();
    }

    /**
     * Applies a decision of the current step: the entry moves to the next step, is confirmed after the last, or is
     * rejected; the trail gets one row. The entry is written first (its version is the optimistic lock), then the
     * trail row (unique per entry and step): of two reviewers deciding at once, the second fails on one or the other.
     *
     * @return true when the entry became CONFIRMED
     */
    public boolean decide(Entry e, Step s, Review.Decision decision, String reason, String by, Instant at) {
        boolean confirmed = false;
        if (decision == Review.Decision.REJECTED) {
            e.reject(reason, at);
        } else {
            ReviewStep next = ReviewPlan.after(s.step().id(), s.item(), s.workflow(), e.getSource());
            if (next == null) {
                e.confirm(at);
                confirmed = true;
            } else {
                e.waitFor(next.id());
            }
        }
        entries.saveAndFlush(e);
        reviews.saveAndFlush(new Review(e.getId(), s.step().id(), decision, reason, by, at));
        return confirmed;
    }

    /** The decisions taken on an entry, oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Review> trail(long entryId) {
        return reviews.findByEntryIdOrderByDecidedAtAscIdAsc(entryId);
    }
}
