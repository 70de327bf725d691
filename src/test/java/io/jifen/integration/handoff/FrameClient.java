package io.jifen.integration.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the frame's page does, over HTTP: loads the sign-in page (a session with a hand-over nonce and a CSRF token)
 * and posts a token to {@code /sso/embed-token}; one cookie jar per frame.
 */
final class FrameClient {

    private static final Pattern DATA = Pattern.compile("data-([a-z-]+)=\"([^\"]*)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String origin;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** No cookies: a caller of the API with nothing but its token. */
    private final HttpClient bare;
    private final java.util.Map<String, String> data = new java.util.HashMap<>();
    private List<String> lastSetCookies = List.of();

    private FrameClient(String origin, SelfSignedTls tls) throws Exception {
        this.origin = origin;
        this.http = HttpClient.newBuilder().sslContext(tls.clientContext()).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.bare = HttpClient.newBuilder().sslContext(tls.clientContext()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static FrameClient open(String origin, SelfSignedTls tls, String signInPath) throws Exception {
        FrameClient client = new FrameClient(origin, tls);
        HttpResponse<String> page = client.get(signInPath);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher m = DATA.matcher(page.body());
        while (m.find()) {
            client.data.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        assertThat(client.data).containsKeys("nonce", "csrf-header", "csrf-token", "token-url");
        return client;
    }

    HttpResponse<String> hand(String token) throws Exception {
        return hand(token, data.get("nonce"));
    }

    HttpResponse<String> hand(String token, String nonce) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("token", token, "nonce", nonce));
        return send(HttpRequest.newBuilder(URI.create(origin + data.get("token-url")))
                .header("Content-Type", "application/json")
                .header(data.get("csrf-header"), data.get("csrf-token"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An API call with a bearer token, outside this frame's session. */
    HttpResponse<String> api(String path, String token) throws Exception {
        return bare.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JIFEN_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    List<String> setCookieHeaders() {
        return lastSetCookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                        .header("Accept-Language", "zh-CN,zh;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        if (!setCookies.isEmpty()) {
            lastSetCookies = setCookies;
        }
        return response;
    }
}
