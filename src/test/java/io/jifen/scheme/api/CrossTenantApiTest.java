package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.TestUsers;
import io.jifen.testsupport.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API path with two tenants (QS, HN) and two branches of one tenant (QS-01, QS-02), over real HTTP with the
 * demo users: a foreign id answers exactly like a missing one (status and body), nothing foreign is listed, and
 * nothing is stored by a refused call.
 */
class CrossTenantApiTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String S9_COMPANY = SchemeTemplates.json("s09-gongsi-wuxing");
    private static final String S9_BRANCH = SchemeTemplates.json("s09-gongsi-zhibu");
    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");

    @LocalServerPort
    int port;
    @Autowired
    SchemeService schemes;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private Scheme qsPublished;
    private Scheme qsDraft;
    private Scheme qs02Branch;
    private long missing;

    @BeforeEach
    void qsSchemes() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long qs = scope.root(TestUsers.QS_ADMIN).getId();
        qsPublished = schemes.create(TestUsers.QS_ADMIN, qs, "AP-" + tag, "乡党委方案", null, S9_COMPANY);
        long version = schemes.versions(TestUsers.QS_ADMIN, qsPublished.getId()).getFirst().getId();
        schemes.validate(TestUsers.QS_ADMIN, version);
        schemes.publish(TestUsers.QS_ADMIN, version, LocalDate.of(2026, 1, 1));
        qsDraft = schemes.create(TestUsers.QS_ADMIN, qs, "AD-" + tag, "草稿方案", null, S10);
        qs02Branch = schemes.create(TestUsers.QS_ADMIN, scope.requireCode(TestUsers.QS_ADMIN, "QS-02").getId(),
                "AB-" + tag, "柳湾村个性积分", qsPublished.getId(), S9_BRANCH);
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
    }

    /**
     * The parent-id oracle of issue 6 over HTTP: a foreign draft answered 422 "not published", a foreign published
     * scheme 400 with validation details of the foreign scheme, a missing id 403. Now all answer alike.
     */
    @Test
    void aForeignParentSchemeIdAnswersExactlyLikeAMissingOne() throws Exception {
        long before = schemeCount();
        HttpResponse<String> unknown = post("hn.admin", importOf("HN", missing, S9_BRANCH));
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        for (long foreign : List.of(qsDraft.getId(), qsPublished.getId(), qs02Branch.getId())) {
            for (String document : List.of(S9_BRANCH, S10)) {
                sameAnswer(post("hn.admin", importOf("HN", foreign, document)),
                        post("hn.admin", importOf("HN", missing, document)));
            }
        }
        assertThat(schemeCount()).isEqualTo(before);
    }

    @Test
    void aForeignOrganizationCodeAnswersExactlyLikeAnUnknownOne() throws Exception {
        long before = schemeCount();
        sameAnswer(post("hn.admin", importOf("QS-01", null, S10)), post("hn.admin", importOf("NOPE", null, S10)));
        sameAnswer(post("qs.admin", importOf("HN-01", null, S10)), post("qs.admin", importOf("NOPE", null, S10)));
        assertThat(post("qs01.secretary", importOf("QS-01", null, S10)).statusCode()).isEqualTo(403);
        assertThat(post("qs.member", importOf("QS-01", null, S10)).statusCode()).isEqualTo(403);
        assertThat(schemeCount()).isEqualTo(before);
    }

    @Test
    void theExportListsTheCallersOwnSchemesOnly() throws Exception {
        String hn = get("/api/v1/schemes", "hn.admin").body();
        assertThat(hn).doesNotContain(qsPublished.getCode(), qsDraft.getCode(), qs02Branch.getCode(), "\"QS");
        String qs01 = get("/api/v1/schemes", "qs01.secretary").body();
        assertThat(qs01).doesNotContain(qs02Branch.getCode(), qsPublished.getCode(), "\"QS-02\"");
        String qs02 = get("/api/v1/schemes", "qs02.secretary").body();
        assertThat(qs02).contains(qs02Branch.getCode()).doesNotContain(qsDraft.getCode(), "\"HN");
        assertThat(get("/api/v1/schemes", "hn.member").statusCode()).isEqualTo(403);
    }

    /** The import runs for the caller the request authenticated: the audit and the history name them. */
    @Test
    void anImportThroughTheApiIsRecordedAsTheCaller() throws Exception {
        HttpResponse<String> created = post("hn.admin", importOf("HN-01", null, S10));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get(0).get("id").asLong();
        assertThat(jdbc.queryForObject("select created_by from scheme where id = ?", String.class, id))
                .isEqualTo("hn.admin");
        assertThat(jdbc.queryForList("select distinct r.username from scheme_revision r join scheme_version_aud a "
                + "on a.rev = r.id join scheme_version v on v.id = a.id where v.scheme_id = ?", String.class, id))
                .containsExactly("hn.admin");
        assertThat(get("/api/v1/schemes", "qs.admin").body()).doesNotContain("\"id\":" + id + ",");
    }

    /** Templates and simulations hold no tenant data: both tenants get the same bytes, and nothing is stored. */
    @Test
    void templatesAndSimulationsAreTheSameForEveryTenantAndStoreNothing() throws Exception {
        assertThat(get("/api/v1/templates", "hn.admin").body()).isEqualTo(get("/api/v1/templates", "qs.admin").body());
        assertThat(get("/api/v1/templates/s10-guandao-gongsi", "hn01.secretary").body())
                .isEqualTo(get("/api/v1/templates/s10-guandao-gongsi", "qs02.secretary").body());
        long before = schemeCount();
        HttpResponse<String> hn = send("POST", "/api/v1/simulations", "hn.admin", simulation());
        HttpResponse<String> qs = send("POST", "/api/v1/simulations", "qs01.secretary", simulation());
        assertThat(hn.statusCode()).as(hn.body()).isEqualTo(200);
        assertThat(hn.body()).isEqualTo(qs.body());
        assertThat(schemeCount()).isEqualTo(before);
    }

    @Test
    void meAnswersTheCallersOwnMapping() throws Exception {
        assertThat(get("/api/v1/me", "hn01.secretary").body()).contains("\"orgCode\":\"HN-01\"")
                .doesNotContain("QS");
        assertThat(get("/api/v1/me", "qs02.secretary").body()).contains("\"orgCode\":\"QS-02\"");
    }

    private static void sameAnswer(HttpResponse<String> answer, HttpResponse<String> reference) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(reference.statusCode());
        assertThat(answer.body()).isEqualTo(reference.body());
        assertThat(answer.headers().firstValue("Content-Type")).isEqualTo(reference.headers().firstValue("Content-Type"));
    }

    private static String importOf(String organizationCode, Long parentSchemeId, String document) {
        ObjectNode scheme = JSON.createObjectNode().put("code", "API-X").put("name", "跨租户导入")
                .put("organizationCode", organizationCode);
        if (parentSchemeId != null) {
            scheme.put("parentSchemeId", parentSchemeId);
        }
        scheme.set("document", JSON.readTree(document));
        return JSON.createArrayNode().add(scheme).toString();
    }

    /** A tiny simulation on the S10 template: one member, one fact. */
    private static String simulation() {
        ObjectNode request = JSON.createObjectNode().put("year", 2025);
        request.set("scheme", JSON.readTree(S10));
        request.putArray("members").addObject().put("id", "A").put("unitId", "D1").put("classId", "S10-ALL");
        ArrayNode facts = request.putArray("facts");
        facts.addObject().put("memberId", "A").put("itemId", "STUDY-MEETING").put("date", "2025-03-01")
                .put("count", 2);
        return request.toString();
    }

    private long schemeCount() {
        return jdbc.queryForObject("select count(*) from scheme", Long.class);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, null);
    }

    private HttpResponse<String> post(String user, String body) throws Exception {
        return send("POST", "/api/v1/schemes", user, body);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
