package io.jifen.todo.push;

import io.jifen.todo.push.OutboxStore.Pending;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** One POST of one event: signed body, delivery id and idempotency key. Empty on a 2xx answer, else why not. */
@Component
class WebhookSender {

    static final String DELIVERY_HEADER = "X-Jifen-Delivery";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    HttpClient client(WebhookSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Optional<String> post(HttpClient client, WebhookSettings settings, Pending event) {
        byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(Signatures.HEADER, Signatures.sign(body, settings.secret().strip()))
                .header(DELIVERY_HEADER, event.deliveryId())
                .header(IDEMPOTENCY_HEADER, event.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
