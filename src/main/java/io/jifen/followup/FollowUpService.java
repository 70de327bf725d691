package io.jifen.followup;

import io.jifen.organization.Member;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.result.TriggeredConsequence;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consequences become tasks (后续任务): a unit's results are evaluated with the history escalation needs, and each
 * triggered consequence of a period that has ended becomes one task, once. Secretaries and admins list the tasks of
 * their scope and complete those assigned to a unit in it.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    static final int MAX_NOTES = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);

    private final OrgScope scope;
    private final UnitHistory history;
    private final FollowUpStore store;
    private final Clock clock;
    private final EntityManager em;

    FollowUpService(OrgScope scope, UnitHistory history, FollowUpStore store, Clock clock, EntityManager em) {
        this.em = em;
        this.scope = scope;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** How many tasks a generation added, and how many it found already there. */
    public record Generated(int created, int existing) {
    }

    /**
     * Creates the tasks of the unit's consequences whose graded period ended by {@code day} (and by today).
     *
     * @throws AccessDeniedException when the user does not manage the unit (foreign and unknown alike)
     */
    @Transactional
    public Generated generate(JifenUser user, long unitId, LocalDate day) {
        Organization unit = scope.require(user, unitId);
        return generateFor(unit, day, user.username());
    }

    /** The same without a user, for the background sweep; the caller chose the unit. */
    @Transactional
    Generated generateFor(long unitId, LocalDate day, String by) {
        return generateFor(em.find(Organization.class, unitId), day, by);
    }

    private Generated generateFor(Organization unit, LocalDate day, String by) {
        LocalDate today = LocalDate.now(clock);
        LocalDate upTo = day.isAfter(today) ? today : day;
        var evaluated = history.evaluate(unit, day);
        if (evaluated.isEmpty()) {
            return new Generated(0, 0);
        }
        var current = evaluated.get().current();
        Map<String, ConsequenceRule> rules = current.inForce().scheme().consequenceRules().stream()
                .collect(Collectors.toMap(ConsequenceRule::id, Function.identity()));
        int created = 0;
        int existing = 0;
        for (TriggeredConsequence c : evaluated.get().results().consequences()) {
            Member m = current.members().get(Long.valueOf(c.memberId()));
            if (c.period().end().isAfter(upTo) || m == null) {
                continue;
            }
            if (store.insertIfAbsent(draft(c, rules.get(c.ruleId()), m, current.unit(), today, by))) {
                created++;
            } else {
                existing++;
            }
        }
        LOG.debug("unit {} up to {}: {} follow-up tasks created, {} already there", unit.getId(), upTo, created,
                existing);
        return new Generated(created, existing);
    }

    private FollowUpStore.Draft draft(TriggeredConsequence c, ConsequenceRule rule, Member m, Organization rankUnit,
            LocalDate today, String by) {
        Organization assignee = TaskPlan.assignee(c.followUp(), rankUnit);
        LocalDate issued = TaskPlan.issuedOn(c.period(), today);
        return new FollowUpStore.Draft(rankUnit.tenantId(), m.getId(), m.getOrganization().getPath(),
                rankUnit.getId(), c.ruleId(), rule == null ? c.followUp().description() : rule.name(),
                c.level().name(), c.period().start(), c.period().end(), c.followUp().action(),
                c.followUp().performer(), assignee.getId(), assignee.getPath(),
                ExplanationMessages.format(c.reason(), Messages.CHINESE),
                ExplanationMessages.format(c.reason(), Locale.ENGLISH), issued,
                TaskPlan.due(c.followUp(), c.period(), issued), by, clock.instant());
    }

    /** A page of the tasks about members in the user's scope or assigned to a unit in it. */
    public List<FollowUpTask> page(JifenUser user, TaskFilter filter, int offset, int limit) {
        return store.page(scopePath(user), filter, LocalDate.now(clock), offset, limit);
    }

    public long count(JifenUser user, TaskFilter filter) {
        return store.count(scopePath(user), filter, LocalDate.now(clock));
    }

    /** The action codes of the tasks in scope, for a filter. */
    public List<String> actions(JifenUser user) {
        return store.actions(scopePath(user));
    }

    /** Port for todos and the overview: open tasks assigned to units the user manages (0 for members). */
    public long openTasks(JifenUser user) {
        return manages(user) ? store.assigned(scopePath(user), null) : 0;
    }

    /** Port for todos and the overview: open tasks assigned to units the user manages that are past due. */
    public long overdueTasks(JifenUser user) {
        return manages(user) ? store.assigned(scopePath(user), LocalDate.now(clock)) : 0;
    }

    /**
     * Records that a task was done: the day (not in the future), notes, who. Only a task assigned to a unit the
     * user manages; a foreign and a missing id get the same refusal.
     */
    @Transactional
    public FollowUpTask complete(JifenUser user, long taskId, LocalDate on, String notes) {
        FollowUpTask task = store.assignedWithin(taskId, scopePath(user))
                .orElseThrow(() -> new AccessDeniedException("task not in reach"));
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isAfter(today)) {
            throw new UserFacingException("followup.error.date");
        }
        String text = notes == null ? "" : notes.strip();
        if (text.isEmpty() || text.length() > MAX_NOTES) {
            throw new UserFacingException("followup.error.notes", MAX_NOTES);
        }
        if (!store.complete(task.id(), on, text, user.username(), clock.instant())) {
            throw new UserFacingException("followup.error.alreadyDone");
        }
        return store.assignedWithin(taskId, scopePath(user)).orElseThrow();
    }

    /** Marks what became overdue; called by the sweep. */
    @Transactional
    public int markOverdue() {
        return store.markOverdue(LocalDate.now(clock), clock.instant());
    }

    /** The subtree whose assigned tasks the user carries out, or null for a member. */
    String assignedScope(JifenUser user) {
        return manages(user) ? scopePath(user) : null;
    }

    private static boolean manages(JifenUser user) {
        return user.has(Role.ADMIN) || user.has(Role.SECRETARY);
    }

    private String scopePath(JifenUser user) {
        return scope.root(user).getPath();
    }
}
