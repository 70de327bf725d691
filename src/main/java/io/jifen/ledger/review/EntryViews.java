package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import io.jifen.ledger.Review;
import io.jifen.ledger.ReviewDecisions;
import io.jifen.ledger.ReviewDecisions.Step;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Workflow.ReviewStep;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a page of entries into what a reviewer reads (member, unit and item names, step, waiting since) with one
 * query per kind of name for the whole page, never one per row.
 */
@Component
class EntryViews {

    private final EntityManager em;
    private final ReviewDecisions decisions;
    private final SchemesInForce schemes;

    EntryViews(EntityManager em, ReviewDecisions decisions, SchemesInForce schemes) {
        this.em = em;
        this.decisions = decisions;
        this.schemes = schemes;
    }

    List<QueueRow> rows(List<Entry> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Entry::getId).toList();
        Map<Long, String> members = names("select m.id, m.name from Member m where m.id in :ids",
                page.stream().map(Entry::getMemberId).distinct().toList());
        Map<Long, String> units = names("select o.id, o.name from Organization o where o.id in :ids",
                page.stream().map(Entry::getOrganizationId).distinct().toList());
        Map<Long, Instant> lastDecision = em.createQuery("select r.entryId, max(r.decidedAt) from Review r "
                + "where r.entryId in :ids group by r.entryId", Object[].class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1]));
        Map<String, Optional<Step>> steps = new HashMap<>();
        return page.stream().map(e -> {
            Optional<Step> s = steps.computeIfAbsent(e.getOrgPath() + e.getDate() + e.getItemId() + e.getCurrentStep(),
                    k -> decisions.current(e));
            return new QueueRow(e, members.getOrDefault(e.getMemberId(), ""),
                    units.getOrDefault(e.getOrganizationId(), ""),
                    s.map(x -> x.item().name()).orElse(e.getItemId()), s.map(x -> x.step().name()).orElse(null),
                    s.map(x -> x.item().evidenceRequired()).orElse(false),
                    lastDecision.getOrDefault(e.getId(), e.getRecordedAt()));
        }).toList();
    }

    List<TrailStep> trail(Entry e, List<Review> reviews) {
        Optional<InForce> scheme = schemes.forUnit(e.getOrgPath(), e.getDate());
        return reviews.stream().map(r -> new TrailStep(r.getStepId(), scheme
                .flatMap(f -> f.scheme().workflow().steps().stream().filter(s -> s.id().equals(r.getStepId()))
                        .map(ReviewStep::name).findFirst()).orElse(null),
                r.getDecidedBy(), r.getDecidedAt(), r.getDecision(), r.getReason())).toList();
    }

    /** Evidence files of an entry, read from the evidence table (the review feature does not open them). */
    long evidenceCount(long entryId) {
        return ((Number) em.createNativeQuery("select count(*) from ledger_evidence where entry_id = ?1")
                .setParameter(1, entryId).getSingleResult()).longValue();
    }

    private Map<Long, String> names(String jpql, List<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
