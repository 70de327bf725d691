package io.jifen.todo.push;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The schedule of {@link TodoPush}: every {@code jifen.todo.webhook.every} while the webhook is enabled, and the
 * outbox's nightly housekeeping.
 */
@Configuration
@EnableConfigurationProperties(TodoPushProperties.class)
class TodoPushJob {

    private final TodoPush push;
    private final TodoPushProperties properties;
    private final Clock clock;

    TodoPushJob(TodoPush push, TodoPushProperties properties, Clock clock) {
        this.push = push;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jifen.todo.webhook.every:PT1M}", initialDelayString = "PT1M")
    void run() {
        if (properties.webhook().enabled()) {
            push.push(properties.webhook(), clock.instant());
        }
    }

    /** Nightly; also while the push is off, so the rows of a push switched off do not stay for ever. */
    @Scheduled(cron = "${jifen.todo.webhook.purge-cron:0 40 3 * * *}")
    void purge() {
        push.purgeDone(properties.webhook(), clock.instant());
    }
}
