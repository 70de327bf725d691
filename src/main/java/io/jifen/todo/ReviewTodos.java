package io.jifen.todo;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.ReviewDecisions;
import io.jifen.ledger.ReviewDecisions.Step;
import io.jifen.ledger.review.QueueRow;
import io.jifen.ledger.review.ReviewFilter;
import io.jifen.ledger.review.ReviewService;
import io.jifen.security.JifenUser;
import io.jifen.todo.Todo.Assignee;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Review todos: one per pending entry and step ({@code review:<entry id>:<step id>}), so an entry moving on to the
 * next step ends one todo and starts another. The user's own todos are exactly the review queue (same scope, same
 * count); the tenant-wide list names the step's performer role over the entry's unit, which the OA portal resolves.
 */
@Component
class ReviewTodos implements TodoSource {

    static final String ROUTE = "review";

    private final ReviewService reviews;
    private final ReviewDecisions decisions;
    private final EntityManager em;

    ReviewTodos(ReviewService reviews, ReviewDecisions decisions, EntityManager em) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.em = em;
    }

    @Override
    public TodoKind kind() {
        return TodoKind.REVIEW;
    }

    @Override
    public List<Todo> open(TodoTenant tenant) {
        List<Entry> pending = em.createQuery("select e from Entry e where e.status = :pending "
                + "and e.currentStep is not null and e.orgPath like :tenant order by e.id", Entry.class)
                .setParameter("pending", EntryStatus.PENDING).setParameter("tenant", tenant.path() + "%")
                .getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, String> members = names("select m.id, m.name from Member m where m.id in :ids",
                pending.stream().map(Entry::getMemberId).distinct().toList());
        Map<Long, Object[]> units = em.createQuery("select o.id, o.code, o.name from Organization o where o.id in :ids",
                Object[].class).setParameter("ids", pending.stream().map(Entry::getOrganizationId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<String, String> roles = new HashMap<>();
        Map<String, Optional<Step>> steps = new HashMap<>();
        return pending.stream().map(e -> {
            String role = roles.computeIfAbsent(e.getSchemeVersionId() + "/" + e.getCurrentStep(),
                    k -> decisions.roleOf(e.getSchemeVersionId(), e.getCurrentStep(), e.getOrgPath(), e.getDate()));
            Optional<Step> step = steps.computeIfAbsent(e.getOrgPath() + e.getDate() + e.getItemId()
                    + e.getCurrentStep(), k -> decisions.current(e));
            Object[] unit = units.get(e.getOrganizationId());
            Assignee assignee = new Assignee(null, role, e.getOrganizationId(), (String) unit[1], (String) unit[2]);
            return todo(e, assignee, members.getOrDefault(e.getMemberId(), ""),
                    step.map(s -> s.item().name()).orElse(e.getItemId()), step.map(s -> s.step().name()).orElse(null));
        }).toList();
    }

    @Override
    public long countFor(JifenUser user) {
        return reviews.waiting(user, ReviewFilter.NONE);
    }

    @Override
    public List<Todo> pageFor(JifenUser user, int offset, int limit) {
        return reviews.queue(user, ReviewFilter.NONE, offset, limit).stream().map(r -> fromQueue(user, r)).toList();
    }

    private static Todo fromQueue(JifenUser user, QueueRow r) {
        Entry e = r.entry();
        Assignee assignee = new Assignee(user.username(), null, e.getOrganizationId(), null, r.unitName());
        return todo(e, assignee, r.memberName(), r.itemName(), r.stepName());
    }

    /** The default branch review has no name of its own in the workflow: its title says "the branch's review". */
    private static Todo todo(Entry e, Assignee assignee, String member, String item, String stepName) {
        String id = "review:" + e.getId() + ":" + e.getCurrentStep();
        return stepName == null
                ? new Todo(id, TodoKind.REVIEW, assignee, "todo.review.titleBranch", List.of(member, item), ROUTE, null)
                : new Todo(id, TodoKind.REVIEW, assignee, "todo.review.title", List.of(member, item, stepName), ROUTE,
                        null);
    }

    private Map<Long, String> names(String jpql, List<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
