package io.jifen.todo.ui;

import io.jifen.todo.TodoService;
import org.springframework.stereotype.Component;

/**
 * Makes the header's {@link TodoBadge}. MainLayout takes this bean and adds {@code todoBadges.create()} to its user
 * box; the badge reads the signed-in user itself.
 */
@Component
public class TodoBadges {

    private final TodoService todos;

    TodoBadges(TodoService todos) {
        this.todos = todos;
    }

    public TodoBadge create() {
        return new TodoBadge(todos);
    }
}
