package io.jifen.score.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreStore;
import io.jifen.score.job.JobProgress.State;
import io.jifen.score.recompute.LedgerRows;
import io.jifen.score.recompute.RankUnit;
import io.jifen.score.recompute.Recompute;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Background recompute jobs: one of two replicas claiming a job at once gets it; a replica dying in the middle of a
 * batch leaves that batch's rows out (they and the progress share a transaction) and the job, claimed again once its
 * heartbeat is stale, ends with the same rows as an uninterrupted run; another tenant cannot read the job.
 */
class RecomputeJobTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired
    RecomputeService service;
    @Autowired
    JobStore jobs;
    @Autowired
    Recompute recompute;
    @Autowired
    ScoreStore store;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    OrganizationService organizations;
    @Autowired
    SchemeService schemes;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ofTwoClaimersAtOnceExactlyOneRuns() throws Exception {
        Tree t = tree();
        long id = jobs.insert(t.general().getId(), t.general().getPath(), FROM, TO, "test", Instant.now());
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String owner : List.of("replica-a", "replica-b")) {
                claims.add(pool.submit(() -> {
                    go.await();
                    Instant now = Instant.now();
                    return jobs.claim(id, owner, now, now.minus(Duration.ofMinutes(2)));
                }));
            }
            go.countDown();
            assertThat(List.of(claims.get(0).get(), claims.get(1).get())).containsExactlyInAnyOrder(true, false);
        }
        // the live owner keeps it: this replica's service cannot run it either
        assertThat(service.run(id)).isFalse();
    }

    @Test
    void aReplicaDyingMidBatchLeavesNoHalfBatchAndTheJobResumesToTheSameResult() {
        Tree t = tree();
        List<List<RankUnit>> batches = recompute.plan(t.general().getId(), 1);
        assertThat(batches).hasSize(3);
        // evaluated on two threads, stored in the plan's order: a stopped job has stored a prefix of its plan
        List<List<RankUnit>> storedInOrder = new java.util.ArrayList<>();
        recompute.recompute(batches, FROM, TO, storedInOrder::add);
        assertThat(storedInOrder).isEqualTo(batches);
        List<String> uninterrupted = rows(t);
        jdbc.sql("delete from score_result where org_path like ?").param(t.general().getPath() + "%").update();

        long id = jobs.insert(t.general().getId(), t.general().getPath(), FROM, TO, "test", Instant.now());
        Instant long_ago = Instant.now().minus(Duration.ofHours(1));
        assertThat(jobs.claim(id, "dead-replica", long_ago, long_ago.minusSeconds(1))).isTrue();
        // the replica dies while storing the second batch, the third already evaluated on the other thread
        assertThatThrownBy(() -> recompute.recompute(batches, FROM, TO, batch -> {
            jobs.batchDone(id, "dead-replica", batch.getLast().id(), batch.size(), long_ago);
            if (batch.equals(batches.get(1))) {
                throw new IllegalStateException("the process died here");
            }
        })).hasMessageContaining("died");
        assertThat(stored(t.members().get(1))).isEmpty(); // the second batch's member: nothing half written
        assertThat(stored(t.members().get(2))).isEmpty(); // nothing stored past the batch that failed
        assertThat(stored(t.members().get(0))).isNotEmpty();
        assertThat(jobs.find(id).orElseThrow().unitsDone()).isEqualTo(1);

        assertThat(service.run(id)).isTrue(); // the dead replica's heartbeat is an hour old
        JobProgress done = service.progress(fixture.apart("QS").admin(), id);
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.unitsDone()).isEqualTo(3);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(rows(t)).isEqualTo(uninterrupted);
        assertThatThrownBy(() -> service.progress(TestUsers.HN_ADMIN, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.progress(TestUsers.HN_ADMIN, Long.MAX_VALUE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantCannotStartAJobOnTheUnit() {
        Tree t = tree();
        assertThatThrownBy(() -> service.start(TestUsers.HN_ADMIN, t.general().getId(), FROM, TO))
                .isInstanceOf(AccessDeniedException.class);
    }

    private record Tree(Organization general, List<Member> members) {
    }

    /** A 党总支 with three 支部 (one member each, a few entries) and S8 published at the 党总支. */
    private Tree tree() {
        JifenUser admin = fixture.apart("QS").admin();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long root = scope.requireCode(admin, "LQS").getId();
        Organization general = organizations.create(admin, root,
                new Organization("LQS-J" + tag, "重算测试党总支" + tag, OrganizationType.GENERAL_BRANCH));
        Scheme scheme = schemes.create(admin, general.getId(), "J" + tag, "重算测试方案" + tag, null,
                SchemeTemplates.json("s08-xujiayan-cun"));
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, FROM);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Organization branch = organizations.create(admin, general.getId(),
                    new Organization("LQS-J" + tag + "-" + i, "重算测试支部" + tag + i, OrganizationType.BRANCH));
            Branch b = new Branch(branch, branch, scheme, admin, null);
            Member m = fixture.member(b, branch, "重算" + i, "ORDINARY");
            members.add(m);
            LedgerRows rows = new LedgerRows(jdbc, b);
            for (int k = 0; k < 5; k++) {
                rows.confirmed(m, "CONTRIB-DEED", null, String.valueOf(5 * (i + 1)), 1, FROM.plusDays(10 * k));
            }
        }
        return new Tree(general, members);
    }

    private List<ScoreRow> stored(Member m) {
        return store.ofMember(m.getId());
    }

    private List<String> rows(Tree t) {
        return t.members().stream().flatMap(m -> store.ofMember(m.getId()).stream())
                .map(r -> List.of(r.memberId(), r.level(), r.periodStart(), r.total(), r.rawTotal(),
                        String.valueOf(r.tierId()), String.valueOf(r.unitRank()))
                        .toString())
                .toList();
    }
}
