package io.jifen.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock set by the test: the ledger (no entries in the future), the task deadlines and the
 * overdue sweep all read it, so a test walks through a year by setting the day.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    MutableClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** Noon of {@code day} in the clock's zone. */
    public void set(LocalDate day) {
        now = day.atTime(12, 0).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(z, now);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            MutableClock c = new MutableClock(ZoneId.systemDefault(), Instant.now());
            c.set(LocalDate.of(2026, 11, 28));
            return c;
        }
    }
}
