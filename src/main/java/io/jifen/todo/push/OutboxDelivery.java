package io.jifen.todo.push;

import io.jifen.todo.push.OutboxStore.Pending;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox events. Each is claimed by a conditional update before it is posted, so two senders at once (a
 * lock that expired, a test calling this directly) still post it once; a sender that dies mid-post leaves a lease
 * that runs out, and the event is posted again with the same {@code Idempotency-Key} and delivery id, which the portal
 * uses to drop the repeat. A failure waits {@link WebhookSettings#backoff} before the next attempt.
 */
@Component
class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxStore outbox;
    private final WebhookSender sender;

    OutboxDelivery(OutboxStore outbox, WebhookSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** Posts what is due at {@code now}; returns how many events the portal accepted. */
    int deliverDue(WebhookSettings settings, Instant now) {
        HttpClient client = sender.client(settings);
        int accepted = 0;
        for (Pending event : outbox.due(now, settings.batchSize())) {
            if (!outbox.claim(event.id(), now, now.plus(settings.lease()))) {
                continue;
            }
            Optional<String> error = sender.post(client, settings, event);
            int attempts = event.attempts() + 1;
            if (error.isEmpty()) {
                outbox.delivered(event.id(), now);
                accepted++;
            } else if (attempts >= settings.maxAttempts()) {
                LOG.warn("Todo webhook: giving up {} after {} attempts: {}", event.idempotencyKey(), attempts,
                        error.get());
                outbox.failed(event.id(), error.get(), null);
            } else {
                LOG.info("Todo webhook: {} attempt {} failed ({}), retrying", event.idempotencyKey(), attempts,
                        error.get());
                outbox.failed(event.id(), error.get(), now.plus(settings.backoff(attempts)));
            }
        }
        return accepted;
    }
}
