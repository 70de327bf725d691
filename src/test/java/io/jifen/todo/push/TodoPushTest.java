package io.jifen.todo.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.ReviewService;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.todo.TodoTenant;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 acceptance, the OA todo webhook: review todos of two tenants go into the outbox with their tenant, a
 * real HTTP portal fails the first call and accepts the rest, every call's signature verifies on the portal's side,
 * the failed event is retried after its backoff and each todo event is accepted exactly once; an approval ends one
 * todo (DONE) and opens the next step's; two senders at once, and two locked push runs at once, post each event once.
 */
class TodoPushTest extends IntegrationTest {

    static final String SECRET = "test-secret-of-the-oa-portal-0123456789";
    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReviewSupport s10;
    @Autowired
    ReviewService reviews;
    @Autowired
    EvidenceService evidence;
    @Autowired
    OutboxSync sync;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TodoPush push;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedCallIsRetriedAfterItsBackoffAndEachTodoEventIsAcceptedOnceWithAValidSignature() throws Exception {
        Branch qs = s10.s10("QS");
        Branch hn = s10.s10("HN");
        JifenUser qsHead = s10.holding(qs, qs.branch(), "推送部长", "DEPARTMENT_HEAD");
        Member qsMember = s10.member(qs, "推送甲");
        JifenUser qsClaimant = s10.userOf(qs, qsMember);
        Entry qsEntry = s10.claim(qsClaimant, qsMember);
        evidence.attachFile(qsClaimant, qsEntry.getId(), "巡检.jpg", "image/jpeg", ReviewSupport.JPEG);
        Member hnMember = s10.member(hn, "推送乙");
        Entry hnEntry = s10.claim(s10.userOf(hn, hnMember), hnMember);
        String qsTodo = "review:" + qsEntry.getId() + ":DEPT-HEAD";
        String hnTodo = "review:" + hnEntry.getId() + ":DEPT-HEAD";

        assertThat(sync.sync(tenantOf(qs), NOW)).isPositive();
        assertThat(sync.sync(tenantOf(hn), NOW)).isPositive();
        assertThat(sync.sync(tenantOf(qs), NOW)).as("a second refresh stores nothing new").isZero();
        JsonNode qsPayload = payload(qsTodo, "CREATED");
        assertThat(qsPayload.path("tenant").path("code").asString()).isEqualTo(code(qs));
        assertThat(qsPayload.path("todo").path("kind").asString()).isEqualTo("REVIEW");
        assertThat(qsPayload.path("todo").path("url").asString()).endsWith("/review");
        assertThat(qsPayload.path("todo").path("assignee").path("role").asString()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(qsPayload.path("todo").path("assignee").path("unit").path("code").asString())
                .isEqualTo(qs.group().getCode());
        assertThat(qsPayload.path("todo").path("title").asString()).contains("推送甲").contains("部门负责人签注");
        assertThat(payload(hnTodo, "CREATED").path("tenant").path("code").asString()).isEqualTo(code(hn));
        assertThat(tenantTodos(qs)).contains(qsTodo).doesNotContain(hnTodo);
        assertThat(tenantTodos(hn)).contains(hnTodo).doesNotContain(qsTodo);

        try (WebhookPortal portal = new WebhookPortal(SECRET, 1, 0)) {
            WebhookSettings settings = settings(portal.url());
            delivery.deliverDue(settings, NOW);
            String failedKey = portal.calls.getFirst().idempotencyKey();
            assertThat(portal.calls.getFirst().answered()).isEqualTo(500);
            Map<String, Object> failed = row(failedKey);
            assertThat(failed.get("attempts")).isEqualTo(1);
            assertThat(failed.get("last_error")).isEqualTo("HTTP 500");
            assertThat(failed.get("delivered_at")).isNull();

            delivery.deliverDue(settings, NOW.plusSeconds(20));
            assertThat(portal.callsFor(failedKey)).as("not before its 30 s backoff").hasSize(1);
            delivery.deliverDue(settings, NOW.plusSeconds(31));
            assertThat(portal.accepted(failedKey)).hasSize(1);
            assertThat(row(failedKey).get("attempts")).isEqualTo(2);
            delivery.deliverDue(settings, NOW.plusSeconds(7200));

            // the approval ends the head's todo and opens the committee's
            reviews.approve(qsHead, qsEntry.getId(), s10.version(qsEntry.getId()));
            sync.sync(tenantOf(qs), NOW.plusSeconds(7300));
            delivery.deliverDue(settings, NOW.plusSeconds(7300));
            delivery.deliverDue(settings, NOW.plusSeconds(9000));

            for (String key : List.of(qsTodo + "#CREATED", hnTodo + "#CREATED", qsTodo + "#DONE",
                    "review:" + qsEntry.getId() + ":COMMITTEE#CREATED")) {
                assertThat(portal.accepted(key)).as(key).hasSize(1);
            }
            assertThat(portal.calls).allSatisfy(c -> assertThat(c.signatureValid()).as(c.idempotencyKey()).isTrue());
            assertThat(portal.calls.stream().filter(c -> c.answered() == 200).map(WebhookPortal.Call::idempotencyKey))
                    .doesNotHaveDuplicates();
            assertThat(portal.accepted(qsTodo + "#DONE").getFirst().body()).contains("\"event\":\"DONE\"")
                    .contains(code(qs));
            assertThat(portal.calls).extracting(WebhookPortal.Call::deliveryId).allSatisfy(d -> assertThat(d)
                    .hasSize(36));
        }
    }

    @Test
    void twoSendersAtOnceAndTwoLockedPushRunsAtOnceDeliverEachTodoOnce() throws Exception {
        Branch qs = s10.s10("QS");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Member m = s10.member(qs, "并发" + i);
            keys.add("review:" + s10.claim(s10.userOf(qs, m), m).getId() + ":DEPT-HEAD#CREATED");
        }
        sync.sync(tenantOf(qs), NOW);
        try (WebhookPortal portal = new WebhookPortal(SECRET, 0, 40)) {
            WebhookSettings settings = settings(portal.url());
            together(() -> delivery.deliverDue(settings, NOW.plusSeconds(1)));
            keys.forEach(k -> assertThat(portal.callsFor(k)).as(k).hasSize(1));

            List<String> more = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Member m = s10.member(qs, "加锁" + i);
                more.add("review:" + s10.claim(s10.userOf(qs, m), m).getId() + ":DEPT-HEAD#CREATED");
            }
            together(() -> push.push(settings, NOW.plusSeconds(2)));
            more.forEach(k -> assertThat(portal.callsFor(k)).as(k).hasSize(1));
            assertThat(portal.calls.stream().map(WebhookPortal.Call::idempotencyKey)).doesNotHaveDuplicates();
            assertThat(jdbc.sql("select count(*) from shedlock where name = 'todo-push'").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    /** Runs {@code task} on two threads released at the same moment and waits for both. */
    private static void together(Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    task.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static WebhookSettings settings(URI url) {
        return new WebhookSettings(true, url, SECRET, Duration.ofSeconds(2), Duration.ofSeconds(5), 5,
                Duration.ofSeconds(30), Duration.ofHours(1), 500, Duration.ofMinutes(1),
                Duration.ofDays(90));
    }

    private TodoTenant tenantOf(Branch b) {
        return sync.tenants().stream().filter(t -> t.id() == b.branch().tenantId()).findFirst().orElseThrow();
    }

    private String code(Branch b) {
        return tenantOf(b).code();
    }

    private List<String> tenantTodos(Branch b) {
        return jdbc.sql("select todo_id from todo_outbox where tenant_id = ?").param(b.branch().tenantId())
                .query(String.class).list();
    }

    private JsonNode payload(String todoId, String event) {
        return JSON.readTree(jdbc.sql("select payload from todo_outbox where todo_id = ? and event = ?")
                .params(todoId, event).query(String.class).single());
    }

    private Map<String, Object> row(String idempotencyKey) {
        String[] parts = idempotencyKey.split("#");
        return jdbc.sql("select attempts, last_error, delivered_at from todo_outbox where todo_id = ? and event = ?")
                .params(parts[0], parts[1]).query().singleRow();
    }
}
