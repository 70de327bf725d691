package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.extension.S9Extensions;
import io.jifen.testsupport.ApiClient;
import io.jifen.testsupport.TestUsers;
import io.jifen.testsupport.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /api/v1/extensions over real HTTP with the demo users, two tenants (QS, HN) and two branches of QS (QS-01, QS-02)
 * extending the QS company scheme (S9): the QS-02 secretary saves, validates and publishes their extension only
 * while the parent allows; the parent, the sibling's extension and HN's answer exactly like a missing id.
 */
class ExtensionApiTest extends WebTest {

    private static final String S9_BRANCH = S9Extensions.BRANCH;

    @LocalServerPort
    int port;
    @Autowired
    SchemeService schemes;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private Scheme company;
    private Scheme qs01Extension;
    private Scheme qs02Extension;
    private Scheme hnExtension;
    private long missing;

    @BeforeEach
    void schemes() {
        api = new ApiClient(port);
        String tag = S9Extensions.tag();
        company = S9Extensions.company(schemes, scope, "QS", "XC-" + tag);
        qs01Extension = schemes.create(TestUsers.QS_ADMIN, unit("QS-01"), "X1-" + tag, "东村个性积分", company.getId(),
                S9_BRANCH);
        qs02Extension = schemes.create(TestUsers.QS_ADMIN, unit("QS-02"), "X2-" + tag, "柳湾村个性积分",
                company.getId(), S9_BRANCH);
        Scheme hn = S9Extensions.company(schemes, scope, "HN", "XH-" + tag);
        schemes.allowBranchEditing(TestUsers.HN_ADMIN, hn.getId(), true);
        hnExtension = schemes.create(TestUsers.HN_ADMIN, unit("HN-01"), "XE-" + tag, "红岭支部个性积分", hn.getId(),
                S9_BRANCH);
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
    }

    @Test
    void theBranchSecretaryWritesTheExtensionThroughTheApiOnlyWhileTheParentAllows() throws Exception {
        String edited = S9_BRANCH.replace("技术创新、合理化建议", "技术创新");
        long own = qs02Extension.getId();
        sameAnswer(put(own, edited, "qs02.secretary"), put(missing, edited, "qs02.secretary"));
        assertThat(put(own, edited, "qs02.secretary").statusCode()).isEqualTo(403);

        schemes.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        HttpResponse<String> saved = put(own, edited, "qs02.secretary");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).path("errors").size()).as(saved.body()).isZero();
        HttpResponse<String> validated = post(own, "/validation", "", "qs02.secretary");
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        HttpResponse<String> published = post(own, "/publication", "{\"effectiveFrom\":\"2026-04-01\"}",
                "qs02.secretary");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).path("status").asString()).isEqualTo(SchemeStatus.PUBLISHED.name());
        assertThat(schemes.versions(TestUsers.QS_ADMIN, own).getFirst().getDocument()).contains("\"技术创新\"");

        // an unreadable date, an unknown field: 400 with the path, nothing published
        HttpResponse<String> badDate = post(own, "/publication", "{\"effectiveFrom\":\"4/1/2026\"}",
                "qs02.secretary");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(ApiClient.isProblem(badDate)).isTrue();
        assertThat(ApiClient.paths(badDate)).containsExactly("$.effectiveFrom");
        assertThat(ApiClient.paths(post(own, "/publication", "{\"effectiveFrom\":\"2026-04-01\",\"by\":1}",
                "qs02.secretary"))).containsExactly("$.by");
    }

    @Test
    void theParentASiblingsExtensionAndAnotherTenantsAnswerLikeAMissingId() throws Exception {
        schemes.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        for (long foreign : List.of(company.getId(), qs01Extension.getId(), hnExtension.getId())) {
            sameAnswer(put(foreign, S9_BRANCH, "qs02.secretary"), put(missing, S9_BRANCH, "qs02.secretary"));
            sameAnswer(post(foreign, "/validation", "", "qs02.secretary"),
                    post(missing, "/validation", "", "qs02.secretary"));
            sameAnswer(post(foreign, "/publication", "{\"effectiveFrom\":\"2026-04-01\"}", "qs02.secretary"),
                    post(missing, "/publication", "{\"effectiveFrom\":\"2026-04-01\"}", "qs02.secretary"));
            sameAnswer(api.get("/api/v1/extensions/" + foreign, "qs02.secretary"),
                    api.get("/api/v1/extensions/" + missing, "qs02.secretary"));
        }
        sameAnswer(put(qs02Extension.getId(), S9_BRANCH, "hn01.secretary"), put(missing, S9_BRANCH, "hn01.secretary"));
        // the company scheme is no extension: not even its admin reaches it here
        sameAnswer(api.get("/api/v1/extensions/" + company.getId(), "qs.admin"),
                api.get("/api/v1/extensions/" + missing, "qs.admin"));
        assertThat(schemes.versions(TestUsers.QS_ADMIN, qs01Extension.getId()).getFirst().getStatus())
                .isEqualTo(SchemeStatus.DRAFT);
        assertThat(schemes.versions(TestUsers.QS_ADMIN, company.getId())).hasSize(1);
    }

    @Test
    void theStateShowsS9sBudgetsLocksAndChangesInTheCallersLanguage() throws Exception {
        HttpResponse<String> state = api.get("/api/v1/extensions/" + qs02Extension.getId(), "qs02.secretary");
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        JsonNode body = json(state);
        assertThat(body.path("editable").asBoolean()).isFalse();
        List<String> budgets = new ArrayList<>();
        body.path("budgets").forEach(b -> budgets.add(b.path("categoryId").asString() + " "
                + b.path("used").asString() + "/" + b.path("granted").asString() + " " + b.path("over").asBoolean()));
        assertThat(budgets).containsExactly("PER-BASE 35/35 false", "PER-BONUS 5/5 false", "PER-VETO 10/10 false");
        List<String> open = new ArrayList<>();
        body.path("open").forEach(o -> open.add(o.asString()));
        assertThat(open).containsExactly("PER-BASE", "PER-BONUS", "PER-VETO");
        assertThat(body.path("locked").toString()).contains("\"GEN\"", "\"PER\"");
        assertThat(body.path("changes").get(0).path("text").asString())
                .isEqualTo("新增积分项“岗位履职达标（每月）”（在“个性基础项”中，每期最多 35 分）");

        HttpRequest english = api.request("/api/v1/extensions/" + qs02Extension.getId(), "qs02.secretary:demo")
                .header("Accept-Language", "en").GET().build();
        assertThat(json(api.send(english)).path("changes").get(0).path("text").asString())
                .startsWith("Adds item \"岗位履职达标（每月）\"");
    }

    private long unit(String code) {
        return S9Extensions.unit(scope, code);
    }

    private HttpResponse<String> put(long schemeId, String document, String user) throws Exception {
        return api.send(api.request("/api/v1/extensions/" + schemeId + "/draft", user + ":demo")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> post(long schemeId, String path, String body, String user) throws Exception {
        return api.post("/api/v1/extensions/" + schemeId + path, body, user, null);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiClient.JSON.readTree(response.body());
    }

    /** Same status, content type and body — but for {@code instance}, which names the request's own path. */
    private static void sameAnswer(HttpResponse<String> answer, HttpResponse<String> reference) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(reference.statusCode()).isEqualTo(403);
        assertThat(ApiClient.contentType(answer)).isEqualTo(ApiClient.contentType(reference));
        ObjectNode a = (ObjectNode) json(answer);
        ObjectNode r = (ObjectNode) json(reference);
        a.remove("instance");
        r.remove("instance");
        assertThat(a).isEqualTo(r);
    }
}
