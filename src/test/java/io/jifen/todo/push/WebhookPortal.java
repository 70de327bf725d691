package io.jifen.todo.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The OA portal's side of the webhook in tests: a real HTTP server that verifies each call's signature the way the
 * README tells a portal to (its own HMAC over the raw body, compared in constant time), answers 500 to the first
 * {@code failFirst} calls and 200 afterwards, and records every call.
 */
final class WebhookPortal implements AutoCloseable {

    /** One call as the portal saw it. */
    record Call(String idempotencyKey, String deliveryId, String body, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(4);
    private final String secret;
    private final AtomicInteger failuresLeft;
    private final long delayMillis;
    final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookPortal(String secret, int failFirst, long delayMillis) throws IOException {
        this.secret = secret;
        this.failuresLeft = new AtomicInteger(failFirst);
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/oa/todos", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oa/todos");
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-Jifen-Signature");
        boolean valid = signature != null && MessageDigest.isEqual(
                signature.getBytes(StandardCharsets.US_ASCII), expected(body).getBytes(StandardCharsets.US_ASCII));
        sleep();
        int status = failuresLeft.getAndDecrement() > 0 ? 500 : valid ? 200 : 401;
        calls.add(new Call(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("X-Jifen-Delivery"), new String(body, StandardCharsets.UTF_8),
                valid, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String expected(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Call> accepted(String key) {
        return calls.stream().filter(c -> key.equals(c.idempotencyKey()) && c.answered() == 200).toList();
    }

    List<Call> callsFor(String key) {
        return calls.stream().filter(c -> key.equals(c.idempotencyKey())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
