package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.ReviewDecisions;
import io.jifen.ledger.review.Reviewers.Performer;
import io.jifen.organization.MemberLookup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pending entries whose current step a reviewer performs, as one JPQL query paged by the database. Entries only
 * name their step's id; the role behind it comes from the workflow of the entry's scheme version. So the distinct
 * (version, step) pairs waiting in the reviewer's subtrees are read first (a handful, from the pending index), each
 * resolved to its role once, and the page query lists, per pair, the subtrees in which the reviewer performs it.
 */
@Component
class ReviewQueue {

    private final EntityManager em;
    private final ReviewDecisions decisions;
    private final MemberLookup lookup;

    ReviewQueue(EntityManager em, ReviewDecisions decisions, MemberLookup lookup) {
        this.em = em;
        this.decisions = decisions;
        this.lookup = lookup;
    }

    List<Entry> page(Performer p, ReviewFilter filter, int offset, int limit) {
        Optional<Where> where = where(p, filter);
        if (where.isEmpty()) {
            return List.of();
        }
        TypedQuery<Entry> q = em.createQuery("select e from Entry e where " + where.get().jpql
                + " order by e.recordedAt asc, e.id asc", Entry.class);
        where.get().params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(Performer p, ReviewFilter filter) {
        Optional<Where> where = where(p, filter);
        if (where.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(e) from Entry e where " + where.get().jpql, Long.class);
        where.get().params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private record Where(String jpql, Map<String, Object> params) {
    }

    private Optional<Where> where(Performer p, ReviewFilter f) {
        Map<String, Object> params = new HashMap<>();
        List<String> steps = stepClauses(p, params);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder jpql = new StringBuilder("e.status = :pending and (").append(String.join(" or ", steps))
                .append(") and e.recordedBy <> :me");
        params.put("pending", EntryStatus.PENDING);
        params.put("me", p.reach().username());
        if (p.selfMemberId() != null) {
            jpql.append(" and e.memberId <> :self");
            params.put("self", p.selfMemberId());
        }
        if (!filters(p, f, jpql, params)) {
            return Optional.empty();
        }
        return Optional.of(new Where(jpql.toString(), params));
    }

    /** One clause per (version, step) the reviewer performs somewhere: the step and the subtrees. */
    private List<String> stepClauses(Performer p, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        for (String reviewPath : p.reviewPaths()) {
            List<Object[]> pairs = em.createQuery("select e.schemeVersionId, e.currentStep, min(e.orgPath), "
                    + "max(e.date) from Entry e where e.status = :pending and e.orgPath like :path "
                    + "group by e.schemeVersionId, e.currentStep", Object[].class)
                    .setParameter("pending", EntryStatus.PENDING).setParameter("path", reviewPath + "%")
                    .getResultList();
            for (Object[] pair : pairs) {
                String role = decisions.roleOf((Long) pair[0], (String) pair[1], (String) pair[2],
                        (LocalDate) pair[3]);
                List<String> paths = role == null ? List.of() : p.pathsFor(role).stream()
                        .filter(path -> path.startsWith(reviewPath) || reviewPath.startsWith(path)).toList();
                if (paths.isEmpty()) {
                    continue;
                }
                int n = clauses.size();
                params.put("v" + n, pair[0]);
                params.put("s" + n, pair[1]);
                List<String> likes = new ArrayList<>();
                for (int i = 0; i < paths.size(); i++) {
                    String path = paths.get(i).length() >= reviewPath.length() ? paths.get(i) : reviewPath;
                    params.put("p" + n + "_" + i, path + "%");
                    likes.add("e.orgPath like :p" + n + "_" + i);
                }
                clauses.add("(e.schemeVersionId = :v" + n + " and e.currentStep = :s" + n + " and ("
                        + String.join(" or ", likes) + "))");
            }
        }
        return clauses;
    }

    /** Appends the user's filters; false when the unit filter names a unit outside the reviewer's reach. */
    private boolean filters(Performer p, ReviewFilter f, StringBuilder jpql, Map<String, Object> params) {
        if (f.unitId() != null) {
            Optional<String> unitPath = p.reviewPaths().stream()
                    .flatMap(path -> lookup.unitWithin(f.unitId(), path).stream()).findFirst()
                    .map(o -> o.getPath());
            if (unitPath.isEmpty()) {
                return false;
            }
            jpql.append(" and e.orgPath like :unitPath");
            params.put("unitPath", unitPath.get() + "%");
        }
        if (f.itemId() != null && !f.itemId().isBlank()) {
            jpql.append(" and e.itemId = :item");
            params.put("item", f.itemId().strip());
        }
        if (f.from() != null) {
            jpql.append(" and e.date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" and e.date <= :to");
            params.put("to", f.to());
        }
        if (f.source() != null) {
            jpql.append(" and e.source = :source");
            params.put("source", f.source());
        }
        if (f.claimant() != null && !f.claimant().isBlank()) {
            jpql.append(" and exists (select m.id from Member m where m.id = e.memberId and m.name like :claimant)");
            params.put("claimant", escapeLike(f.claimant().strip()) + "%");
        }
        return true;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
