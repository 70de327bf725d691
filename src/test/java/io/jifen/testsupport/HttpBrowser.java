package io.jifen.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough of a browser for OIDC logins: {@link HttpClient} with a cookie jar, redirects followed by hand (so the
 * test sees every hop and can stop before leaving 127.0.0.1), and Keycloak's login form. Only loopback hosts are
 * allowed; like real browsers it treats {@code http://127.0.0.1} as a secure context, so Keycloak's
 * {@code Secure; SameSite=None} cookies are sent back over plain HTTP.
 */
public final class HttpBrowser {

    private static final int MAX_REDIRECTS = 15;
    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    /** keycloak.v2 theme: {@code <div id="input-error-username"><span>message</span></div>}. */
    private static final Pattern LOGIN_ERROR = Pattern.compile(
            "id=\"input-error-(?!container)[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    private final CookieJar cookies = new CookieJar();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One response plus the URLs visited to get there (first = requested). */
    public record Page(int status, URI uri, Map<String, List<String>> headers, String body, List<URI> hops) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public boolean hasHeader(String name) {
            return header(name) != null;
        }

        public URI location() {
            String location = header("Location");
            return location == null ? null : uri.resolve(location);
        }

        /** The {@code action} of Keycloak's username/password form, or an error describing this page. */
        public URI loginFormAction() {
            Matcher m = LOGIN_FORM.matcher(body);
            if (!m.find()) {
                throw new AssertionError("not Keycloak's login form: " + status + " " + uri + "\n"
                        + body.substring(0, Math.min(body.length(), 2000)));
            }
            return URI.create(m.group(1).replace("&amp;", "&"));
        }

        public String loginError() {
            Matcher m = LOGIN_ERROR.matcher(body);
            return m.find() ? m.group(1).replaceAll("<[^>]*>", "").trim() : null;
        }
    }

    /** The value of a cookie the jar holds for {@code host} (any path), or null. */
    public String cookie(String host, String name) {
        return cookies.value(host, name);
    }

    /** GET, following redirects. */
    public Page get(URI uri) throws IOException, InterruptedException {
        return get(uri, u -> false);
    }

    /** GET, following redirects until a {@code Location} matches {@code stopAt} (that redirect is returned). */
    public Page get(URI uri, Predicate<URI> stopAt) throws IOException, InterruptedException {
        return follow(send(request(uri).GET().build()), stopAt, new ArrayList<>(List.of(uri)));
    }

    /** POST a form, following the redirects of the answer. */
    public Page post(URI uri, Map<String, String> form, Predicate<URI> stopAt)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return follow(send(post), stopAt, new ArrayList<>(List.of(uri)));
    }

    /** POST a JSON body (no redirects followed). */
    public Page postJson(URI uri, String json) throws IOException, InterruptedException {
        HttpRequest post = request(uri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return page(send(post), List.of(uri));
    }

    /** Submits Keycloak's login form found on {@code loginPage}. */
    public Page login(Page loginPage, String username, String password, Predicate<URI> stopAt)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("credentialId", "");
        return post(loginPage.loginFormAction(), form, stopAt);
    }

    private Page follow(HttpResponse<String> response, Predicate<URI> stopAt, List<URI> hops)
            throws IOException, InterruptedException {
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            Page page = page(response, hops);
            URI next = page.location();
            if (response.statusCode() / 100 != 3 || next == null || stopAt.test(next)) {
                return page;
            }
            hops.add(next);
            response = send(request(next).GET().build());
        }
        throw new AssertionError("more than " + MAX_REDIRECTS + " redirects: " + hops);
    }

    private static Page page(HttpResponse<String> response, List<URI> hops) {
        return new Page(response.statusCode(), response.uri(), response.headers().map(), response.body(),
                List.copyOf(hops));
    }

    private HttpRequest.Builder request(URI uri) {
        requireLoopback(uri);
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void requireLoopback(URI uri) {
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the test browser only talks to 127.0.0.1, not " + uri);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Host-only cookie jar (ports are ignored, as browsers do) with path matching, Max-Age/Expires deletion, and
     * values sent back verbatim. {@code java.net.CookieManager} is no use here: it never returns {@code Secure}
     * cookies over http, and it re-quotes {@code Version=1} cookies (which Keycloak sets) in RFC 2965 syntax.
     */
    static final class CookieJar extends CookieHandler {

        private record Cookie(String host, String path, String name, String value) {
        }

        private final Map<String, Cookie> cookies = new LinkedHashMap<>();

        synchronized String value(String host, String name) {
            return cookies.values().stream().filter(c -> c.host.equalsIgnoreCase(host) && c.name.equals(name))
                    .map(Cookie::value).findFirst().orElse(null);
        }

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String header = cookies.values().stream()
                    .filter(c -> c.host.equalsIgnoreCase(uri.getHost()) && pathMatches(path, c.path))
                    .map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(v -> store(uri, v));
                }
            });
        }

        private void store(URI uri, String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = defaultPath(uri);
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attr = parts[i].trim();
                String lower = attr.toLowerCase(Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attr.substring(5).trim();
                } else if (lower.startsWith("max-age=")) {
                    try {
                        expired = Long.parseLong(attr.substring(8).trim()) <= 0;
                    } catch (NumberFormatException ignored) {
                        // keep the cookie
                    }
                } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                    expired = true;
                }
            }
            String key = uri.getHost().toLowerCase(Locale.ROOT) + "|" + path + "|" + name;
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(uri.getHost(), path, name, value));
            }
        }

        private static String defaultPath(URI uri) {
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
                return "/";
            }
            return path.substring(0, path.lastIndexOf('/'));
        }

        private static boolean pathMatches(String requestPath, String cookiePath) {
            if (requestPath.equals(cookiePath)) {
                return true;
            }
            if (requestPath.startsWith(cookiePath)) {
                return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
            }
            return false;
        }
    }
}
