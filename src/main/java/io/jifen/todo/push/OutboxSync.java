package io.jifen.todo.push;

import io.jifen.todo.Todo;
import io.jifen.todo.TodoSource;
import io.jifen.todo.TodoTenant;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the outbox by comparing, per tenant, what the sources list as open with what the portal was told: a todo new
 * to the portal gets CREATED, one the portal knows but no source lists any more gets DONE. A diff rather than
 * writing in each feature's transaction: the sources stay read-only ports (a feature adds a todo kind with one class
 * and never touches the outbox), and no path that opens or closes a todo — a review decision, a reversal, a period
 * closing, a member moving — can forget to tell the portal. The price is up to one refresh interval of delay.
 */
@Component
class OutboxSync {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSync.class);

    private final List<TodoSource> sources;
    private final OutboxStore outbox;
    private final TodoPayloads payloads;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OutboxSync(List<TodoSource> sources, OutboxStore outbox, TodoPayloads payloads, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.sources = sources;
        this.outbox = outbox;
        this.payloads = payloads;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Every tenant, each in its own transaction. */
    void syncAll(Instant now) {
        for (TodoTenant tenant : tenants()) {
            sync(tenant, now);
        }
    }

    /** Returns how many events were stored for the tenant. */
    int sync(TodoTenant tenant, Instant now) {
        Integer stored = tx.execute(status -> {
            Map<String, Todo> open = new LinkedHashMap<>();
            sources.forEach(s -> s.open(tenant).forEach(t -> open.putIfAbsent(t.id(), t)));
            Set<String> known = outbox.knownOpen(tenant.id());
            int n = 0;
            for (Todo todo : open.values()) {
                if (!known.contains(todo.id())) {
                    String delivery = UUID.randomUUID().toString();
                    n += outbox.add(tenant.id(), todo.id(), OutboxStore.CREATED, delivery,
                            payloads.created(delivery, tenant, todo, now), now) ? 1 : 0;
                }
            }
            for (String gone : known) {
                if (!open.containsKey(gone)) {
                    String delivery = UUID.randomUUID().toString();
                    n += outbox.add(tenant.id(), gone, OutboxStore.DONE, delivery,
                            payloads.done(delivery, tenant, gone, now), now) ? 1 : 0;
                }
            }
            return n;
        });
        if (stored != null && stored > 0) {
            LOG.info("Todo outbox: {} event(s) for tenant {}", stored, tenant.code());
        }
        return stored == null ? 0 : stored;
    }

    List<TodoTenant> tenants() {
        return jdbc.sql("select id, code, path from organization where parent_id is null order by id")
                .query((rs, n) -> new TodoTenant(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
