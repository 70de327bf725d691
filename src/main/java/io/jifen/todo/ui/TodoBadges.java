package io.jifen.todo.ui;

import io.jifen.shared.ui.HeaderWidget;
import io.jifen.todo.TodoService;
import org.springframework.stereotype.Component;

/** Makes the header's {@link TodoBadge} for MainLayout (a {@link HeaderWidget}); the badge reads the user itself. */
@Component
public class TodoBadges implements HeaderWidget {

    private final TodoService todos;

    TodoBadges(TodoService todos) {
        this.todos = todos;
    }

    @Override
    public TodoBadge create() {
        return new TodoBadge(todos);
    }
}
