package io.jifen.followup;

import io.jifen.security.JifenUser;
import io.jifen.todo.Todo;
import io.jifen.todo.Todo.Assignee;
import io.jifen.todo.TodoKind;
import io.jifen.todo.TodoSource;
import io.jifen.todo.TodoTenant;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up todos: one per open task ({@code task:<id>}), for the unit the task is assigned to (a 诫勉谈话 goes to
 * the parent committee, not the branch). A completed task leaves the list, so the OA push reports it done. Scope:
 * the same tasks {@link FollowUpService#openTasks} counts.
 */
@Component
class TaskTodos implements TodoSource {

    static final String ROUTE = "tasks";

    private static final String OPEN = "select t.id, coalesce(t.rule_name, t.action) rule_name, t.performer, t.due_on, m.name member_name, u.id unit_id, "
            + "u.code unit_code, u.name unit_name from follow_up_task t join member m on m.id = t.member_id "
            + "join organization u on u.id = t.assignee_org_id where t.state = 'OPEN' and t.assignee_path like ? ";

    private record Row(long id, String ruleName, String performer, Date dueOn, String memberName, long unitId,
            String unitCode, String unitName) {
    }

    private final JdbcClient jdbc;
    private final FollowUpService tasks;

    TaskTodos(JdbcClient jdbc, FollowUpService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    @Override
    public TodoKind kind() {
        return TodoKind.TASK;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> open(TodoTenant tenant) {
        return jdbc.sql(OPEN + "order by t.id").param(tenant.path() + "%").query(Row.class).stream()
                .map(r -> todo(r, new Assignee(null, r.performer(), r.unitId(), r.unitCode(), r.unitName())))
                .toList();
    }

    @Override
    public long countFor(JifenUser user) {
        return tasks.openTasks(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> pageFor(JifenUser user, int offset, int limit) {
        String scope = tasks.assignedScope(user);
        if (scope == null) {
            return List.of();
        }
        return jdbc.sql(OPEN + "order by t.due_on is null, t.due_on, t.id limit ? offset ?")
                .params(scope + "%", limit, offset).query(Row.class).stream()
                .map(r -> todo(r, new Assignee(user.username(), null, r.unitId(), r.unitCode(), r.unitName())))
                .toList();
    }

    /** The title names the rule as the scheme names it, as review todos name the scheme's item. */
    private static Todo todo(Row r, Assignee assignee) {
        return new Todo("task:" + r.id(), TodoKind.TASK, assignee, "todo.task.title",
                List.of(r.memberName(), r.ruleName()), ROUTE,
                r.dueOn() == null ? null : r.dueOn().toLocalDate());
    }
}
