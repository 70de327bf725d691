package io.jifen.todo;

import io.jifen.security.JifenUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's todos across every {@link TodoSource}: the badge's count and the todo list. The list pages through the
 * sources one after another (reviews, objections, tasks, redemptions), each paged by its own database query, so no
 * source is ever read whole for one page.
 */
@Service
public class TodoService {

    private final List<TodoSource> sources;

    TodoService(List<TodoSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparing(TodoSource::kind)).toList();
    }

    @Transactional(readOnly = true)
    public long count(JifenUser user) {
        return sources.stream().mapToLong(s -> s.countFor(user)).sum();
    }

    /** Rows {@code offset} to {@code offset + limit} of the sources' lists laid end to end. */
    @Transactional(readOnly = true)
    public List<Todo> page(JifenUser user, int offset, int limit) {
        List<Todo> page = new ArrayList<>(limit);
        int skip = offset;
        for (TodoSource source : sources) {
            if (page.size() >= limit) {
                break;
            }
            long size = source.countFor(user);
            if (skip >= size) {
                skip -= (int) size;
                continue;
            }
            page.addAll(source.pageFor(user, skip, limit - page.size()));
            skip = 0;
        }
        return page;
    }
}
