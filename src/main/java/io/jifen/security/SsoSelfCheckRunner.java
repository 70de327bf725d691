package io.jifen.security;

import io.jifen.security.SsoCheckReport.Finding;
import io.jifen.security.SsoCheckReport.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;

/**
 * Runs the {@link SsoSelfCheck} in the background once the console has started — never before, and never holding up
 * the start: Keycloak may well be down at that moment. While Keycloak does not answer it retries with a growing wait;
 * once it answers it re-checks at the regular interval, so a realm changed by hand is noticed too. Every problem goes
 * to the log as an ERROR line saying what to change, and the latest report is the {@code sso} health component
 * ({@code /actuator/health/sso}), which is in no probe group: a wrong realm setting must not take pods out of service.
 */
final class SsoSelfCheckRunner implements HealthIndicator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SsoSelfCheckRunner.class);

    private final SsoSelfCheck check;
    private final SsoSelfCheckProperties schedule;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sso-self-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile SsoCheckReport latest;
    private int misses;

    SsoSelfCheckRunner(SsoSelfCheck check, SsoSelfCheckProperties schedule) {
        this.check = check;
        this.schedule = schedule;
    }

    static SsoSelfCheckRunner create(OidcProperties oidc, EmbedProperties embed, boolean production,
                                     SsoSelfCheckProperties schedule, Clock clock) {
        return new SsoSelfCheckRunner(new SsoSelfCheck(oidc, embed, production, schedule.timeout(), clock), schedule);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.execute(this::runAndReschedule);
    }

    /** The latest report, or null before the first check has finished. */
    SsoCheckReport latest() {
        return latest;
    }

    @Override
    public Health health() {
        SsoCheckReport report = latest;
        if (report == null) {
            return Health.unknown().withDetail("checkedAt", "not yet: the first check runs after start-up").build();
        }
        return Health.status(report.status()).withDetails(report.details()).build();
    }

    private void runAndReschedule() {
        Duration next;
        try {
            SsoCheckReport report = check.run();
            report(report, latest);
            latest = report;
            misses = report.keycloakAnswered() ? 0 : misses + 1;
            next = misses == 0 ? schedule.recheck() : schedule.retryAfter(misses);
        } catch (RuntimeException e) {
            // a bug here must not end the checks: log it and try again later
            log.error("SSO self-check failed unexpectedly", e);
            next = schedule.recheck();
        }
        if (!executor.isShutdown()) {
            log.debug("SSO self-check: next check in {}", next);
            executor.schedule(this::runAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void report(SsoCheckReport report, SsoCheckReport previous) {
        report.warnings().forEach(w -> log.warn("SSO self-check: {}", w));
        List<Finding> refused = report.findings().stream().filter(f -> f.outcome() == Outcome.REFUSED).toList();
        for (Finding finding : refused) {
            log.error("SSO self-check: {}. {}", finding.problem(), finding.fix());
        }
        if (!report.keycloakAnswered()) {
            Finding miss = report.findings().stream().filter(f -> f.outcome() == Outcome.UNREACHABLE)
                    .findFirst().orElseThrow();
            log.warn("SSO self-check: {}; trying again in {}. Until then the result is UNKNOWN.", miss.problem(),
                    schedule.retryAfter(misses + 1));
        } else if (refused.isEmpty() && (previous == null || previous.status() != report.status())) {
            log.info("SSO self-check: {} — Keycloak {} accepts the console's settings ({})", report.status(),
                    report.issuer(), report.findings().stream().map(f -> f.check() + " " + f.outcome())
                            .reduce((a, b) -> a + ", " + b).orElse("nothing asked"));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
