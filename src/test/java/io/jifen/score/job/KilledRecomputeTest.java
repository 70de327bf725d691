package io.jifen.score.job;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.jifen.score.ScoreStore;
import io.jifen.score.job.JobProgress.State;
import io.jifen.score.recompute.LedgerRows;
import io.jifen.score.recompute.Recompute;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 during a recompute job: another JVM ({@link KilledRecomputeChild}) runs the job on the same MariaDB, one
 * unit per batch, and is killed once its first batch is stored. Each batch's rows and the job's progress share a
 * transaction, so afterwards exactly the units the progress counts have rows; the job, resumed here once the dead
 * owner's heartbeat is stale, ends with the rows of an uninterrupted run.
 */
class KilledRecomputeTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final int BRANCHES = 8;

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
    /** The scheme {@link #general()} published, for the test ledger rows. */
    private Scheme scheme;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void aJobKilledAfterItsFirstBatchLeavesWholeBatchesAndResumesToTheUninterruptedRows() throws Exception {
        Organization general = general();
        List<Member> members = members(general);
        recompute.recomputeAll(general.getId(), FROM, TO);
        List<String> uninterrupted = rows(members);
        assertThat(uninterrupted).isNotEmpty();
        jdbc.sql("delete from score_result where org_path like ?").param(general.getPath() + "%").update();

        Path log = Files.createTempFile("recompute-child", ".log");
        String url = jdbc.sql("select concat('jdbc:mariadb://localhost:', @@port, '/', database())")
                .query(String.class).single();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the same zone as this JVM: heartbeats are zone-less DATETIMEs compared across the two JVMs
                "-Xmx768m", "-Duser.timezone=" + java.util.TimeZone.getDefault().getID(), "-cp", System.getProperty("java.class.path"), KilledRecomputeChild.class.getName(),
                url, EmbeddedMariaDb.launcherMarker(), String.valueOf(general.getId()), general.getPath(),
                FROM.toString(), TO.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long id;
        try {
            id = awaitFirstBatch(child, general, log, Duration.ofMinutes(6));
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(log)).doesNotContain(KilledRecomputeChild.FINISHED);
        Thread.sleep(2_000); // the server rolls the dead connection's open transaction back

        JobProgress killed = jobs.find(id).orElseThrow();
        assertThat(killed.state()).isEqualTo(State.RUNNING);
        assertThat(killed.unitsDone()).isBetween(1, BRANCHES - 1);
        long last = jobs.lastUnit(id).orElseThrow();
        // whole batches only: a unit has rows exactly when the stored progress covers it
        List<Member> stored = members.stream().filter(m -> !store.ofMember(m.getId()).isEmpty()).toList();
        assertThat(stored).hasSize(2 * killed.unitsDone()) // both members of each stored 支部, none of the others
                .allSatisfy(m -> assertThat(m.getOrganization().getId()).isLessThanOrEqualTo(last));
        assertThat(stored.stream().map(m -> m.getOrganization().getId()).distinct().count())
                .isEqualTo(killed.unitsDone());
        System.out.printf("Recompute child killed after %d of %d batches%n", killed.unitsDone(), BRANCHES);

        // the dead owner stops beating; two minutes (stale-after) pass, as the sweep would see them
        jdbc.sql("update score_job set heartbeat = heartbeat - interval 1 hour where id = ?").param(id).update();
        assertThat(jobs.orphans(java.time.Instant.now().minus(Duration.ofMinutes(2)))).contains(id);
        if (!service.run(id)) {
            awaitDone(id); // this JVM's own sweep claimed it first
        }
        JobProgress done = service.progress(fixture.apart("QS").admin(), id);
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.unitsDone()).isEqualTo(BRANCHES);
        assertThat(rows(members)).isEqualTo(uninterrupted);
        Files.deleteIfExists(log);
    }

    /** Waits until the child's job has stored its first batch; answers the job id. */
    private long awaitFirstBatch(Process child, Organization general, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            var job = jdbc.sql("select id, units_done from score_job where organization_id = ?")
                    .param(general.getId()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
            if (job.isPresent() && job.get()[1] >= 1) {
                return job.get()[0];
            }
            Thread.sleep(20);
        }
        List<String> lines = Files.readAllLines(log);
        throw new AssertionError("the recompute child did not store a batch; exit "
                + (child.isAlive() ? "-" : child.exitValue()) + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    private void awaitDone(long id) throws InterruptedException {
        for (int i = 0; i < 600 && jobs.find(id).orElseThrow().state() != State.DONE; i++) {
            Thread.sleep(100);
        }
    }

    /** A 党总支 with S8 published, and {@link #BRANCHES} 支部 below it. */
    private Organization general() {
        JifenUser admin = fixture.apart("QS").admin();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long root = scope.requireCode(admin, "LQS").getId();
        Organization general = organizations.create(admin, root,
                new Organization("LQS-K" + tag, "中断重算党总支" + tag, OrganizationType.GENERAL_BRANCH));
        Scheme scheme = schemes.create(admin, general.getId(), "K" + tag, "中断重算方案" + tag, null,
                SchemeTemplates.json("s08-xujiayan-cun"));
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, FROM);
        this.scheme = scheme;
        return general;
    }

    /** One 支部 per batch, two members each with confirmed entries over the year. */
    private List<Member> members(Organization general) {
        JifenUser admin = fixture.apart("QS").admin();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < BRANCHES; i++) {
            Organization branch = organizations.create(admin, general.getId(), new Organization(
                    general.getCode() + "-" + i, general.getName() + "支部" + i, OrganizationType.BRANCH));
            Branch b = new Branch(branch, branch, scheme, admin, null);
            LedgerRows rows = new LedgerRows(jdbc, b);
            for (int j = 0; j < 2; j++) {
                Member m = fixture.member(b, branch, "中断" + i + "-" + j, "ORDINARY");
                members.add(m);
                for (int k = 0; k < 6; k++) {
                    rows.confirmed(m, "CONTRIB-DEED", null, String.valueOf(3 + i + j), 1, FROM.plusDays(40 * k));
                }
            }
        }
        return members;
    }

    private List<String> rows(List<Member> members) {
        return members.stream().flatMap(m -> store.ofMember(m.getId()).stream())
                .map(r -> List.of(r.memberId(), r.level(), r.periodStart(), r.total(), r.rawTotal(),
                        String.valueOf(r.tierId()), String.valueOf(r.unitRank()))
                        .toString())
                .toList();
    }
}
