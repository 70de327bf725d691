package io.jifen.todo.push;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One push run: refresh the outbox from the sources, then send what is due. Under the database lock
 * {@code todo-push} (ShedLock, table {@code shedlock}): across replicas one run at a time; a second caller while a run
 * holds the lock returns without doing anything.
 */
@Component
public class TodoPush {

    private static final Logger LOG = LoggerFactory.getLogger(TodoPush.class);

    private final OutboxSync sync;
    private final OutboxDelivery delivery;
    private final OutboxStore outbox;

    TodoPush(OutboxSync sync, OutboxDelivery delivery, OutboxStore outbox) {
        this.sync = sync;
        this.delivery = delivery;
        this.outbox = outbox;
    }

    @SchedulerLock(name = "todo-push", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void push(WebhookSettings settings, Instant now) {
        sync.syncAll(now);
        delivery.deliverDue(settings, now);
    }

    /**
     * Housekeeping: done todos whose DONE the portal received more than {@code keep-done} ago leave the outbox, which
     * otherwise grows by two rows per todo for ever. Under its own lock, so one replica purges (void: a locked-out
     * call returns nothing).
     */
    @SchedulerLock(name = "todo-outbox-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void purgeDone(WebhookSettings settings, Instant now) {
        int removed = outbox.purgeDone(now.minus(settings.keepDone()));
        if (removed > 0) {
            LOG.info("todo outbox: {} rows of done todos removed", removed);
        }
    }
}
