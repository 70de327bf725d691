package io.jifen.exchange;

import io.jifen.security.JifenUser;
import io.jifen.todo.Todo;
import io.jifen.todo.Todo.Assignee;
import io.jifen.todo.TodoKind;
import io.jifen.todo.TodoSource;
import io.jifen.todo.TodoTenant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redemption todos: one per redemption not yet handed over or cancelled ({@code redemption:<id>}), for the unit whose
 * catalogue the gift is in. Closing it (a FULFIL or CANCEL row) ends the todo. Scope: the queue the hand-over page
 * shows ({@link ExchangeService#toFulfil}).
 */
@Component
class RedemptionTodos implements TodoSource {

    static final String ROUTE = "exchange-admin";

    private static final String OPEN = "select r.id, g.name gift_name, m.name member_name, u.id unit_id, "
            + "u.code unit_code, u.name unit_name from exchange_redemption r "
            + "join exchange_gift g on g.id = r.gift_id join member m on m.id = r.member_id "
            + "join organization u on u.id = g.organization_id where r.kind = 'REDEEM' "
            + "and not exists (select 1 from exchange_redemption c where c.closes_id = r.id) "
            + "and r.org_path like concat(?, '%') ";

    private record Row(long id, String giftName, String memberName, long unitId, String unitCode, String unitName) {
    }

    private final JdbcClient jdbc;
    private final ExchangeService exchange;
    private final ExchangeReach reach;

    RedemptionTodos(JdbcClient jdbc, ExchangeService exchange, ExchangeReach reach) {
        this.jdbc = jdbc;
        this.exchange = exchange;
        this.reach = reach;
    }

    @Override
    public TodoKind kind() {
        return TodoKind.REDEMPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> open(TodoTenant tenant) {
        return jdbc.sql(OPEN + "order by r.id").param(tenant.path()).query(Row.class).stream()
                .map(r -> todo(r, new Assignee(null, "SECRETARY", r.unitId(), r.unitCode(), r.unitName()))).toList();
    }

    @Override
    public long countFor(JifenUser user) {
        return exchange.toFulfil(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Todo> pageFor(JifenUser user, int offset, int limit) {
        return reach.managedPath(user).map(path -> jdbc.sql(OPEN + "order by r.id limit ? offset ?")
                .params(path, limit, offset).query(Row.class).stream()
                .map(r -> todo(r, new Assignee(user.username(), null, r.unitId(), r.unitCode(), r.unitName())))
                .toList()).orElse(List.of());
    }

    private static Todo todo(Row r, Assignee assignee) {
        return new Todo("redemption:" + r.id(), TodoKind.REDEMPTION, assignee, "todo.redemption.title",
                List.of(r.memberName(), r.giftName()), ROUTE, null);
    }
}
