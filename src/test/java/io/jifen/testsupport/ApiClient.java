package io.jifen.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of /api/v1 on a running console with a demo user's HTTP Basic credentials (dev profile). */
public final class ApiClient {

    /** Exact decimals, so a test can send 1e400 or 1e-400 as written (a double would turn them into Infinity, 0). */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(int port) {
        this.port = port;
    }

    public HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** POSTs a JSON body as {@code user:demo}, answers in Chinese unless {@code language} says otherwise. */
    public HttpResponse<String> post(String path, String body, String user, String language) throws Exception {
        HttpRequest.Builder request = request(path, user + ":demo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path, String user) throws Exception {
        return send(request(path, user + ":demo").GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    public static boolean isProblem(HttpResponse<?> response) {
        return contentType(response).startsWith("application/problem+json");
    }

    /** The JSON paths of a problem's {@code errors}. */
    public static List<String> paths(HttpResponse<String> problem) {
        List<String> paths = new ArrayList<>();
        JsonNode errors = JSON.readTree(problem.body()).path("errors");
        errors.forEach(e -> paths.add(e.path("path").asString()));
        return paths;
    }
}
