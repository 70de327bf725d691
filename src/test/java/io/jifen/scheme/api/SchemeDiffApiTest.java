package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.diff.S10Changes;
import io.jifen.testsupport.ApiClient;
import io.jifen.testsupport.TestUsers;
import io.jifen.testsupport.WebTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/schemes/{id}/diff?from=N&to=M} over real HTTP: the changes in the caller's language with their
 * keys and operands; strict parameters as problem+json; another tenant's scheme answers like a missing one.
 */
class SchemeDiffApiTest extends WebTest {

    @LocalServerPort
    int port;
    @Autowired
    SchemeService schemes;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private Scheme scheme;

    @BeforeEach
    void twoVersionsOfS10() {
        api = new ApiClient(port);
        TestUsers.signIn(TestUsers.QS_ADMIN);
        try {
            scheme = S10Changes.published(schemes, TestUsers.QS_ADMIN, scope.root(TestUsers.QS_ADMIN).getId(), "DA-");
            schemes.newVersionFrom(TestUsers.QS_ADMIN,
                    schemes.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst().getId());
            schemes.saveDraft(TestUsers.QS_ADMIN, scheme.getId(), S10Changes.afterDocument());
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void theChangesComeInTheCallersLanguageWithTheirKeysAndOperands() throws Exception {
        HttpResponse<String> zh = get(diff(scheme.getId(), "from=1&to=2"), "qs.admin", "zh-CN");
        HttpResponse<String> en = get(diff(scheme.getId(), "from=1&to=2"), "qs.admin", "en");
        assertThat(zh.statusCode()).as(zh.body()).isEqualTo(200);
        assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
        List<String> expectedZh = new ArrayList<>(List.of("生效日期 2026-01-01 → 无"));
        expectedZh.addAll(S10Changes.CHINESE);
        assertThat(texts(zh)).containsExactlyElementsOf(expectedZh);
        assertThat(texts(en)).containsAll(S10Changes.ENGLISH);

        JsonNode cap = ApiClient.JSON.readTree(en.body()).get("changes").get(1);
        assertThat(cap.get("key").asString()).isEqualTo("scheme.diff.category.cap");
        assertThat(cap.get("operands").get(0).asString()).isEqualTo("奖励积分");
        assertThat(cap.get("operands").get(1).decimalValue()).isEqualByComparingTo("10");
        assertThat(cap.get("operands").get(2).decimalValue()).isEqualByComparingTo("12");
        JsonNode body = ApiClient.JSON.readTree(zh.body());
        assertThat(body.get("from").asInt()).isEqualTo(1);
        assertThat(body.get("to").asInt()).isEqualTo(2);
        // the reverse direction, and a version with itself
        assertThat(texts(get(diff(scheme.getId(), "from=2&to=1"), "qs.admin", "zh-CN")))
                .contains("类别「奖励积分」上限 12 → 10");
        assertThat(texts(get(diff(scheme.getId(), "from=2&to=2"), "qs.admin", "zh-CN"))).isEmpty();
    }

    @Test
    void anotherTenantsSchemeAnswersExactlyLikeAMissingOne() throws Exception {
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
        HttpResponse<String> reference = get(diff(missing, "from=1&to=2"), "hn.admin", "zh-CN");
        assertThat(reference.statusCode()).isEqualTo(403);
        assertThat(ApiClient.isProblem(reference)).isTrue();
        sameAnswer(get(diff(scheme.getId(), "from=1&to=2"), "hn.admin", "zh-CN"), reference);
        sameAnswer(get(diff(scheme.getId(), "from=1&to=2"), "hn01.secretary", "zh-CN"),
                get(diff(missing, "from=1&to=2"), "hn01.secretary", "zh-CN"));
        // a version number the scheme does not have answers the same too
        sameAnswer(get(diff(scheme.getId(), "from=1&to=9"), "qs.admin", "zh-CN"),
                get(diff(missing, "from=1&to=9"), "qs.admin", "zh-CN"));
    }

    @Test
    void parametersAreReadStrictly() throws Exception {
        for (String query : List.of("from=1", "to=2", "from=a&to=2", "from=0&to=2", "from=-1&to=2", "from=1.0&to=2",
                "from=1&to=2&x=3", "from=1&from=2&to=2", "from=%201&to=2", "from=99999999999&to=1")) {
            HttpResponse<String> answer = get(diff(scheme.getId(), query), "qs.admin", "en");
            assertThat(answer.statusCode()).as(query + " " + answer.body()).isEqualTo(400);
            assertThat(ApiClient.isProblem(answer)).as(query).isTrue();
            assertThat(ApiClient.paths(answer)).as(query).isNotEmpty();
        }
        HttpResponse<String> badId = get("/api/v1/schemes/abc/diff?from=1&to=2", "qs.admin", "zh-CN");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(ApiClient.paths(badId)).containsExactly("id");
    }

    private static String diff(long schemeId, String query) {
        return "/api/v1/schemes/" + schemeId + "/diff?" + query;
    }

    private HttpResponse<String> get(String path, String user, String language) throws Exception {
        return api.send(api.request(path, user + ":demo").header("Accept-Language", language).GET().build());
    }

    private static List<String> texts(HttpResponse<String> answer) {
        List<String> out = new ArrayList<>();
        ApiClient.JSON.readTree(answer.body()).get("changes").forEach(c -> out.add(c.get("text").asString()));
        return out;
    }

    private static JsonNode withoutInstance(HttpResponse<String> answer) {
        tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) ApiClient.JSON
                .readTree(answer.body());
        body.remove("instance");
        return body;
    }

    private static void sameAnswer(HttpResponse<String> answer, HttpResponse<String> reference) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(reference.statusCode());
        // the same problem; only "instance" names the path asked for
        assertThat(withoutInstance(answer)).isEqualTo(withoutInstance(reference));
        assertThat(ApiClient.contentType(answer)).isEqualTo(ApiClient.contentType(reference));
    }
}
