package io.jifen.todo;

import io.jifen.security.JifenUser;
import java.util.List;

/**
 * Where todos of one kind come from: the port each feature implements (reviews here; objections, tasks and
 * redemptions in their own packages). A source is a Spring bean; {@link TodoService} and the OA push pick up every
 * bean of this type, so adding a kind is one class.
 *
 * <p>The user-facing methods must apply the feature's own scope (what the user may decide), not just the tenant: they
 * are what the badge counts and the todo list shows.
 */
public interface TodoSource {

    TodoKind kind();

    /** Every open todo of the tenant, for the OA push (runs in a read transaction, no user). */
    List<Todo> open(TodoTenant tenant);

    /** How many todos wait for the user. */
    long countFor(JifenUser user);

    /** One page of the user's todos, in the source's own order (oldest or most urgent first). */
    List<Todo> pageFor(JifenUser user, int offset, int limit);
}
