package io.jifen.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.testsupport.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1 in the dev profile: HTTP Basic with the demo users, stateless, refusals as problem+json. */
class ApiAccessTest extends WebTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDemoUserSeesTheirMappedPrincipal() throws Exception {
        HttpResponse<String> me = get("/api/v1/me", "qs01.secretary:demo");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(me.body()).contains("\"username\":\"qs01.secretary\"", "\"orgCode\":\"QS-01\"",
                "\"roles\":[\"jifen-secretary\"]");
        assertThat(me.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIsAProblem() throws Exception {
        for (HttpResponse<String> refused : java.util.List.of(get("/api/v1/me", null),
                get("/api/v1/me", "qs01.secretary:wrong"))) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"status\":401");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.jifen.scheme.SchemeService schemes;

    @Test
    void schemesAreExportedWithTheirDocumentsToTheirOwnAdminsOnly() throws Exception {
        io.jifen.security.JifenUser admin = io.jifen.testsupport.TestUsers.QS_ADMIN;
        String code = "QS-EXP-" + System.nanoTime();
        schemes.create(admin, 1L, code, "导出测试方案", null, "{\"format\":\"jifen-scheme\",\"formatVersion\":1}");

        HttpResponse<String> own = get("/api/v1/schemes", "qs.admin:demo");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"code\":\"" + code + "\"", "\"organizationCode\":\"QS\"",
                "\"document\":{\"format\":\"jifen-scheme\",\"formatVersion\":1}", "\"status\":\"DRAFT\"");
        HttpResponse<String> foreign = get("/api/v1/schemes", "hn.admin:demo");
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.body()).doesNotContain(code);
        HttpResponse<String> member = get("/api/v1/schemes", "qs.member:demo");
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(member.body()).contains("您无权访问或修改该数据");
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
