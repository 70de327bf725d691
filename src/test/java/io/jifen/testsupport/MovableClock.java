package io.jifen.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock set by the test (publication, follow-up and honour tests): set to a day and moved on, so
 * windows open, objections and tasks fall due and windows end without waiting. The publication tests use days in
 * 2027, after the machine's real date, so that the window job of another test context (on the real clock, same
 * database) never sees their windows as ended. Every test sets its day; the start value is only a default.
 */
public class MovableClock extends Clock {

    private final ZoneId zone = ZoneId.of("Asia/Shanghai");
    private volatile Instant now = LocalDate.of(2027, 4, 1).atTime(9, 0).atZone(zone).toInstant();

    public void set(LocalDate day) {
        now = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.fixed(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Imported by the tests that move the clock (one shared context for those on the same base class). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
