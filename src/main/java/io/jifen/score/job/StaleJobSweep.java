package io.jifen.score.job;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute one replica (ShedLock's row in table {@code shedlock}) looks for recompute jobs whose owner stopped
 * beating and continues them. Claiming each job is a conditional update as well, so even two sweeps at once run a
 * job once.
 */
@Component
class StaleJobSweep {

    private final RecomputeService service;

    StaleJobSweep(RecomputeService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${jifen.recompute.sweep-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "score-job-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void sweep() {
        service.resumeOrphans();
    }
}
