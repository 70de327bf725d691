package io.jifen.score.job;

import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.score.job.JobProgress.State;
import io.jifen.score.recompute.RankUnit;
import io.jifen.score.recompute.Recompute;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Background recompute jobs: an admin (their subtree) or a secretary (their branch) starts one for a unit and a range;
 * it runs on this service's own executor, batch by batch, each batch's rows and the job's progress in one
 * transaction. Exactly one replica runs a job: it must claim the row first ({@link JobStore#claim}); a job whose
 * owner stopped beating is claimed again by the sweep ({@link StaleJobSweep}) and continues after the last unit
 * stored. A large tenant can be split by starting one job per unit subtree: jobs are claimed independently.
 */
@Service
public class RecomputeService {

    private static final Logger log = LoggerFactory.getLogger(RecomputeService.class);

    /** Who started a job queued by the ledger itself rather than by a user. */
    public static final String SYSTEM = "system";

    private final Recompute recompute;
    private final JobStore jobs;
    private final OrgScope scope;
    private final Clock clock;
    private final String owner = "replica-" + UUID.randomUUID();
    private final ExecutorService executor = Executors.newFixedThreadPool(1, Thread.ofPlatform()
            .name("score-recompute-", 0).daemon(true).factory());
    private final int membersPerBatch;
    private final Duration staleAfter;
    private final Duration pause;

    RecomputeService(Recompute recompute, JobStore jobs, OrgScope scope, Clock clock,
            @Value("${jifen.recompute.members-per-batch:" + Recompute.MEMBERS_PER_BATCH + "}") int membersPerBatch,
            @Value("${jifen.recompute.stale-after:PT2M}") Duration staleAfter,
            @Value("${jifen.recompute.pause-between-batches:PT0S}") Duration pause) {
        this.recompute = recompute;
        this.jobs = jobs;
        this.scope = scope;
        this.clock = clock;
        this.membersPerBatch = membersPerBatch;
        this.staleAfter = staleAfter;
        this.pause = pause;
    }

    /** Queues a recompute of the unit's subtree over [from, to] and starts it here; answers the job id. */
    public long start(JifenUser user, long unitId, LocalDate from, LocalDate to) {
        Organization unit = scope.require(user, unitId); // foreign and missing alike: AccessDenied
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw new InvalidInputException(List.of(InputError.of("$.to", "score.job.error.range")));
        }
        long id = jobs.insert(unit.getId(), unit.getPath(), from, to, user.username(), clock.instant());
        log.info("recompute job {} queued by {} for unit {} {}..{}", id, user.username(), unitId, from, to);
        runInBackground(id);
        return id;
    }

    /**
     * Queues a recompute of the unit's subtree over [from, to] for the system, with no user: the caller is the
     * ledger's own transaction confirming many entries at once, whose scope was checked when they were recorded.
     * The job row is written in the caller's transaction, so it commits with the confirmations or not at all; start
     * it with {@link #runInBackground} once that transaction has committed (until then no replica can see it, and
     * should this one stop before, the sweep finds it queued and runs it).
     */
    public long queueForSystem(long unitId, String unitPath, LocalDate from, LocalDate to) {
        long id = jobs.insert(unitId, unitPath, from, to, SYSTEM, clock.instant());
        log.info("recompute job {} queued for unit {} {}..{} after a large batch of confirmations", id, unitId,
                from, to);
        return id;
    }

    /** Runs a queued job on this replica's executor, unless another replica claims it first. */
    public void runInBackground(long jobId) {
        executor.submit(() -> run(jobId));
    }

    /** The job as a progress bar shows it; another subtree's or a missing job alike: AccessDenied. */
    public JobProgress progress(JifenUser user, long jobId) {
        String path = scope.root(user).getPath();
        return jobs.find(jobId, path).orElseThrow(() -> new AccessDeniedException("no such job in scope"));
    }

    /** Runs the job if this replica can claim it; false when another live replica holds it or it is finished. */
    public boolean run(long jobId) {
        Instant now = clock.instant();
        if (!jobs.claim(jobId, owner, now, now.minus(staleAfter))) {
            return false;
        }
        JobProgress job = jobs.find(jobId).orElseThrow();
        try {
            work(job);
            jobs.finish(jobId, owner, State.DONE, null, clock.instant());
            log.info("recompute job {} done", jobId);
        } catch (RuntimeException e) {
            log.warn("recompute job {} failed", jobId, e);
            jobs.finish(jobId, owner, State.FAILED, String.valueOf(e.getMessage()), clock.instant());
        }
        return true;
    }

    /** Jobs no live replica runs (a restart, a killed pod): claimed and continued here, one after the other. */
    public int resumeOrphans() {
        List<Long> ids = jobs.orphans(clock.instant().minus(staleAfter));
        ids.forEach(id -> executor.submit(() -> run(id)));
        return ids.size();
    }

    private void work(JobProgress job) {
        List<List<RankUnit>> batches = recompute.plan(job.organizationId(), membersPerBatch);
        jobs.total(job.id(), batches.stream().mapToInt(List::size).sum());
        long after = jobs.lastUnit(job.id()).orElse(0L);
        // units stored before a restart were stored in the same transaction as the progress that says so
        List<List<RankUnit>> left = batches.stream().map(b -> b.stream().filter(u -> u.id() > after).toList())
                .filter(b -> !b.isEmpty()).toList();
        recompute.recompute(left, job.from(), job.to(), new Recompute.Progress() {
            @Override
            public void stored(List<RankUnit> batch) {
                jobs.batchDone(job.id(), owner, batch.getLast().id(), batch.size(), clock.instant());
            }

            @Override
            public void committed(List<RankUnit> batch) {
                pause();
            }
        });
    }

    private void pause() {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
