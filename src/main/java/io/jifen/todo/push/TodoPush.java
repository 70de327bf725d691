package io.jifen.todo.push;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * One push run: refresh the outbox from the sources, then send what is due. Under the database lock
 * {@code todo-push} (ShedLock, table {@code shedlock}): across replicas one run at a time; a second caller while a run
 * holds the lock returns without doing anything.
 */
@Component
public class TodoPush {

    private final OutboxSync sync;
    private final OutboxDelivery delivery;

    TodoPush(OutboxSync sync, OutboxDelivery delivery) {
        this.sync = sync;
        this.delivery = delivery;
    }

    @SchedulerLock(name = "todo-push", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void push(WebhookSettings settings, Instant now) {
        sync.syncAll(now);
        delivery.deliverDue(settings, now);
    }
}
