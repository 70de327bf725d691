package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.testsupport.WebTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dev login form requires Spring Security's CSRF token (Vaadin's configurer would exempt the login path): a
 * cross-site page cannot sign a browser in as a demo user. The form with the real token is exercised by the Chromium
 * tests, which sign in by clicking it.
 */
class DevLoginCsrfTest extends WebTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "token part: [{0}]")
    @ValueSource(strings = {"", "&_csrf=bogus-token"})
    void aLoginPostWithoutTheSessionsTokenIsRefused(String token) throws Exception {
        HttpClient browser = browser();
        get(browser, "/login");
        HttpResponse<String> login = postLogin(browser, token);
        assertThat(login.statusCode()).isEqualTo(403);
        assertSignedOut(browser);
    }

    private void assertSignedOut(HttpClient browser) throws Exception {
        HttpResponse<String> members = get(browser, "/members");
        assertThat(members.statusCode()).isEqualTo(302);
        assertThat(members.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient browser, String extra) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=qs.admin&password=demo" + extra)).build();
        return browser.send(post, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
