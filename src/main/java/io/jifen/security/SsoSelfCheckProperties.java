package io.jifen.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the start-up self-check asks Keycloak whether it accepts the console ({@link SsoSelfCheck}).
 *
 * @param enabled    run the check at all (production profile only; {@code JIFEN_SSO_CHECK_ENABLED})
 * @param firstRetry wait before the first retry while Keycloak does not answer; doubles on every further miss
 * @param maxRetry   the longest wait between retries while Keycloak does not answer
 * @param recheck    wait between checks once Keycloak answered: a realm changed by hand is noticed in this time
 * @param timeout    connect and answer timeout of one request to Keycloak
 */
@ConfigurationProperties("jifen.sso-check")
public record SsoSelfCheckProperties(Boolean enabled, Duration firstRetry, Duration maxRetry, Duration recheck,
                                     Duration timeout) {

    public SsoSelfCheckProperties {
        enabled = enabled == null || enabled;
        firstRetry = positive(firstRetry, Duration.ofSeconds(5));
        maxRetry = positive(maxRetry, Duration.ofMinutes(5));
        recheck = positive(recheck, Duration.ofMinutes(10));
        timeout = positive(timeout, Duration.ofSeconds(5));
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    /** The wait after {@code misses} unanswered checks in a row (1, 2, …): exponential, capped. */
    Duration retryAfter(int misses) {
        Duration wait = firstRetry;
        for (int i = 1; i < misses && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
