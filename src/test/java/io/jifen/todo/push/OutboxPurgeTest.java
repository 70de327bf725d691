package io.jifen.todo.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.testsupport.IntegrationTest;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's housekeeping: both events of a todo whose DONE the portal received longer ago than {@code keep-done}
 * leave the table; a recently done todo, an open one, and undelivered or given-up events stay.
 */
class OutboxPurgeTest extends IntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:40:00Z");

    @Autowired
    TodoPush push;
    @Autowired
    JdbcClient jdbc;

    @Test
    void doneTodosLeaveTheOutboxAfterKeepDoneAndEverythingElseStays() {
        String tag = Long.toString(System.nanoTime(), 36);
        long tenant = jdbc.sql("select min(id) from organization where parent_id is null").query(Long.class).single();
        String longDone = "purge-" + tag + ":long-done";
        String recentlyDone = "purge-" + tag + ":recently-done";
        String open = "purge-" + tag + ":open";
        String givenUp = "purge-" + tag + ":given-up";
        row(tenant, longDone, "CREATED", NOW.minus(Duration.ofDays(120)));
        row(tenant, longDone, "DONE", NOW.minus(Duration.ofDays(91)));
        row(tenant, recentlyDone, "CREATED", NOW.minus(Duration.ofDays(120)));
        row(tenant, recentlyDone, "DONE", NOW.minus(Duration.ofDays(89)));
        row(tenant, open, "CREATED", NOW.minus(Duration.ofDays(200)));
        row(tenant, givenUp, "CREATED", NOW.minus(Duration.ofDays(150)));
        row(tenant, givenUp, "DONE", null); // never delivered: an operator's to re-arm

        push.purgeDone(settings(), NOW);

        assertThat(jdbc.sql("select concat(todo_id, ' ', event) from todo_outbox where todo_id like ? order by 1")
                .param("purge-" + tag + ":%").query(String.class).list()).containsExactly(
                givenUp + " CREATED", givenUp + " DONE", open + " CREATED", recentlyDone + " CREATED",
                recentlyDone + " DONE");
    }

    private void row(long tenant, String todoId, String event, Instant deliveredAt) {
        jdbc.sql("insert into todo_outbox (tenant_id, todo_id, event, delivery_id, payload, attempts, next_attempt_at, "
                        + "delivered_at, created_at) values (?, ?, ?, ?, '{}', 1, null, ?, ?)")
                .params(tenant, todoId, event, UUID.randomUUID().toString(),
                        deliveredAt == null ? null : Timestamp.from(deliveredAt),
                        Timestamp.from(NOW.minus(Duration.ofDays(300)))).update();
    }

    private static WebhookSettings settings() {
        return new WebhookSettings(false, URI.create("https://oa.example.org/todo"), null, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 10, Duration.ofSeconds(30), Duration.ofHours(1), 200, Duration.ofMinutes(1),
                Duration.ofDays(90));
    }
}
