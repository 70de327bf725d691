package io.jifen.todo.push;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OA portal's todo webhook ({@code jifen.todo.webhook.*}, documented in config/application-prod.example.yml and
 * the README section on the OA todo push).
 *
 * @param enabled        push at all; off by default (nothing is even written to the outbox while off)
 * @param url            where todo events are POSTed
 * @param secret         the HMAC-SHA256 key the portal verifies {@code X-Jifen-Signature} with (≥ 32 characters)
 * @param connectTimeout TCP connect timeout of one delivery
 * @param requestTimeout whole-request timeout of one delivery; a delivery's lease is longer than both together
 * @param maxAttempts    after this many failed attempts an event is given up (kept with its last error)
 * @param firstRetry     the wait after the first failure; each further failure doubles it
 * @param maxRetry       the longest wait between two attempts
 * @param batchSize      events sent per run at most (the rest in the next run)
 * @param every          how often the outbox is refreshed from the sources and due events are sent
 * @param keepDone       how long a done todo's events stay in the outbox after its DONE was delivered
 */
public record WebhookSettings(@DefaultValue("false") boolean enabled, URI url, String secret,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("10") int maxAttempts, @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetry, @DefaultValue("200") int batchSize,
        @DefaultValue("PT1M") Duration every, @DefaultValue("P90D") Duration keepDone) {

    static final int MIN_SECRET = 32;

    public WebhookSettings {
        if (enabled && (url == null || !url.isAbsolute() || !url.getScheme().startsWith("http"))) {
            throw new IllegalArgumentException("jifen.todo.webhook.url: an absolute http(s) URL is required");
        }
        if (enabled && (secret == null || secret.strip().length() < MIN_SECRET)) {
            throw new IllegalArgumentException("jifen.todo.webhook.secret: at least " + MIN_SECRET + " characters");
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("jifen.todo.webhook: max-attempts and batch-size must be positive");
        }
        if (keepDone.isNegative() || keepDone.isZero()) {
            throw new IllegalArgumentException("jifen.todo.webhook.keep-done must be positive");
        }
    }

    /** How long a claimed event is left to its sender before another run may take it over. */
    Duration lease() {
        return connectTimeout.plus(requestTimeout).plusSeconds(30);
    }

    /** The wait after {@code attempts} failed attempts: first-retry · 2^(attempts−1), at most max-retry. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
