package io.jifen.scheme.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Posts a simulation as QS's admin (dev login, Basic) in Chinese, for the tests that run one over HTTP. */
final class SimulationHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SimulationHttp() {
    }

    static HttpResponse<String> post(int port, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/simulations"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("qs.admin:demo".getBytes()))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
