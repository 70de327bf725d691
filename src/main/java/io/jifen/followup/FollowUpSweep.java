package io.jifen.followup;

import io.jifen.organization.OrganizationType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background work of the follow-up tasks, on one replica at a time (ShedLock rows in {@code shedlock}): every hour
 * the open tasks that went past their due date are marked (the mark is a column, so it survives a restart); every
 * night each 支部's consequences of the periods that ended are turned into tasks, so the next step of an escalation
 * (S8: 限期改正 → 诫勉谈话 → 组织处理) appears without anyone asking. Generation is idempotent, so a sweep that runs
 * again, or overlaps a manual generation, adds nothing twice.
 */
@Component
class FollowUpSweep {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpSweep.class);

    private final FollowUpService service;
    private final EntityManager em;
    private final Clock clock;

    FollowUpSweep(FollowUpService service, EntityManager em, Clock clock) {
        this.service = service;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jifen.followup.overdue-every:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "follow-up-overdue", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void markOverdue() {
        int marked = service.markOverdue();
        if (marked > 0) {
            LOG.info("{} follow-up tasks marked overdue", marked);
        }
    }

    @Scheduled(cron = "${jifen.followup.generate-cron:0 30 2 * * *}")
    @SchedulerLock(name = "follow-up-generate", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void generate() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        int created = 0;
        for (Long id : branchIds()) {
            try {
                created += service.generateFor(id, yesterday, "system").created();
            } catch (RuntimeException e) {
                // one unit's broken roster or scheme must not stop the others
                LOG.warn("follow-up generation failed for unit {}: {}", id, e.toString());
            }
        }
        LOG.info("follow-up generation up to {}: {} tasks created", yesterday, created);
    }

    private List<Long> branchIds() {
        return em.createQuery("select o.id from Organization o where o.type = :type and o.active = true order by o.id",
                Long.class).setParameter("type", OrganizationType.BRANCH).getResultList();
    }
}
