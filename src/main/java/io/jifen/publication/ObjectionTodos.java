package io.jifen.publication;

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
 * Objection todos: one per open objection ({@code objection:<id>}), for the officers of the branch that published.
 * An answered objection is gone from the list, so the OA push reports it done. Scope: the user's managed subtree,
 * the same as the objections the publication page lets them answer.
 */
@Component
class ObjectionTodos implements TodoSource {

    static final String ROUTE = "publication";

    private static final String OPEN = "select o.id, o.answer_due, m.name member_name, u.id unit_id, u.code unit_code, "
            + "u.name unit_name from publication_objection o join result_snapshot s on s.id = o.snapshot_id "
            + "join organization u on u.id = s.organization_id join member m on m.id = o.member_id "
            + "where o.state = 'OPEN' and o.org_path like concat(?, '%') ";

    private record Row(long id, Date answerDue, String memberName, long unitId, String unitCode, String unitName) {
    }

    private final JdbcClient jdbc;
    private final PublicationService publication;
    private final SnapshotAccess access;

    ObjectionTodos(JdbcClient jdbc, PublicationService publication, SnapshotAccess access) {
        this.jdbc = jdbc;
        this.publication = publication;
        this.access = access;
    }

    @Override
    public TodoKind kind() {
        return TodoKind.OBJECTION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> open(TodoTenant tenant) {
        return jdbc.sql(OPEN + "order by o.id").param(tenant.path()).query(Row.class).stream()
                .map(r -> todo(r, new Assignee(null, "SECRETARY", r.unitId(), r.unitCode(), r.unitName()))).toList();
    }

    @Override
    public long countFor(JifenUser user) {
        return publication.openObjections(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> pageFor(JifenUser user, int offset, int limit) {
        String path = access.reach(user).managedPath();
        if (path == null) {
            return List.of();
        }
        return jdbc.sql(OPEN + "order by o.answer_due, o.id limit ? offset ?").params(path, limit, offset)
                .query(Row.class).stream()
                .map(r -> todo(r, new Assignee(user.username(), null, r.unitId(), r.unitCode(), r.unitName())))
                .toList();
    }

    private static Todo todo(Row r, Assignee assignee) {
        return new Todo("objection:" + r.id(), TodoKind.OBJECTION, assignee, "todo.objection.title",
                List.of(r.memberName()), ROUTE, r.answerDue().toLocalDate());
    }
}
