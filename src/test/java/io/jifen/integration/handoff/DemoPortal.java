package io.jifen.integration.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jifen.testsupport.HttpBrowser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OA portal on another site, as docs/embedding-cross-site.md tells portals to be built: its backend signs the user
 * in with its own Keycloak client ({@code oa-portal}), and for every frame it exchanges that token (standard token
 * exchange) for a short-lived token for the console, which the page hands to the frame by {@code postMessage}.
 */
final class DemoPortal implements AutoCloseable {

    static final String CLIENT_ID = "oa-portal";
    static final String SECRET = "demo-only-oa-portal-secret";
    /** Registered in the realm file for the demo portal; the test browser stops before visiting it. */
    static final String REDIRECT_URI = "http://127.0.0.1:8081/cb";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuer;
    private final String clientId;
    private final String secret;
    private final HttpClient backchannel = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpsServer server;
    private String userToken;

    DemoPortal(String issuer, String clientId, String secret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.secret = secret;
    }

    /** The portal's https pages: {@code /} frames the console and answers its "ready", {@code /silent} does not. */
    void serve(int port, SelfSignedTls tls, String consoleOrigin, String framePath) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
        String frame = consoleOrigin + framePath;
        server.createContext("/", ex -> html(ex, page(frame, consoleOrigin, true)));
        server.createContext("/silent", ex -> html(ex, page(frame, consoleOrigin, false)));
        server.createContext("/console-token", ex -> {
            try {
                send(ex, 200, "text/plain", exchangedToken());
            } catch (Exception e) {
                send(ex, 500, "text/plain", e.toString());
            }
        });
        server.start();
    }

    /** The snippet of the docs: answer only the console's origin, only a "ready" message, with its nonce. */
    private static String page(String frame, String consoleOrigin, boolean answers) {
        String script = !answers ? "" : """
                <script>
                const CONSOLE = '%s';
                window.addEventListener('message', async (event) => {
                  if (event.origin !== CONSOLE || !event.data || event.data.type !== 'jifen-embed-ready') return;
                  const answer = await fetch('/console-token', {method: 'POST'});
                  const token = await answer.text();
                  event.source.postMessage({type: 'jifen-embed-token', token, nonce: event.data.nonce}, CONSOLE);
                });
                </script>""".formatted(consoleOrigin);
        return "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>OA 门户</title></head><body>"
                + "<h1>OA 门户（另一个站点）</h1>" + script
                + "<iframe id='jifen' src='" + frame + "' style='width:1200px;height:760px;border:1px solid #ccc'>"
                + "</iframe></body></html>";
    }

    /** The portal's own sign-in (authorization code + PKCE through Keycloak's form); keeps the access token. */
    String signIn(String username, String password) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", REDIRECT_URI);
        query.put("state", "portal-state");
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        HttpBrowser browser = new HttpBrowser();
        HttpBrowser.Page form = browser.get(URI.create(issuer + "/protocol/openid-connect/auth?" + form(query)));
        HttpBrowser.Page back = browser.login(form, username, password, u -> u.toString().startsWith(REDIRECT_URI));
        assertThat(back.status()).as("portal sign-in of %s: %s", username, back.loginError()).isEqualTo(302);
        String code = back.location().getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        JsonNode tokens = token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
        userToken = tokens.get("access_token").asString();
        return userToken;
    }

    String userToken() {
        return userToken;
    }

    /** Standard token exchange (V2): the signed-in user's token for a token with the console's audience. */
    String exchangedToken() throws Exception {
        return token(Map.of(
                "grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token", userToken,
                "subject_token_type", "urn:ietf:params:oauth:token-type:access_token",
                "requested_token_type", "urn:ietf:params:oauth:token-type:access_token",
                "audience", "jifen-console",
                "scope", "jifen-console-audience")).get("access_token").asString();
    }

    private JsonNode token(Map<String, String> params) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = backchannel.send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("token endpoint for %s: %s", clientId, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
