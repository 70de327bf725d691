package io.jifen.scheme.api;

import static io.jifen.testsupport.ApiClient.JSON;
import static io.jifen.testsupport.ApiClient.isProblem;
import static io.jifen.testsupport.ApiClient.paths;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.ApiClient;
import io.jifen.testsupport.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue 6, item 4: every refusal of /api/** is translated problem+json with the right status. */
class ApiErrorContractTest extends WebTest {

    static final String S10 = "s10-guandao-gongsi";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anUnknownApiPathIs404ProblemNotTheAppsHtml() throws Exception {
        for (String path : List.of("/api/v1/nope", "/api/v2/schemes", "/api/v1/schemes/1/whatever", "/api/x")) {
            HttpResponse<String> answer = api.get(path, "qs.admin");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(isProblem(answer)).as(path).isTrue();
            assertThat(answer.body()).contains("\"status\":404", "不存在该接口资源").doesNotContain("<html");
        }
        HttpResponse<String> template = api.send(api.request("/api/v1/templates/nope", "qs.admin:demo")
                .header("Accept-Language", "en").GET().build());
        assertThat(template.statusCode()).isEqualTo(404);
        assertThat(isProblem(template)).isTrue();
        assertThat(template.body()).contains("There is no such API resource");
    }

    @Test
    void aPathTheFirewallRejectsIs400Problem() throws Exception {
        HttpResponse<String> answer = api.get("/api/v1/me;x=1", "qs.admin");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(isProblem(answer)).as(answer.body()).isTrue();
    }

    @Test
    void unauthenticatedIs401WithAChallengeInTheCallersLanguage() throws Exception {
        HttpResponse<String> zh = api.send(api.request("/api/v1/me", null).GET().build());
        assertThat(zh.statusCode()).isEqualTo(401);
        assertThat(isProblem(zh)).isTrue();
        assertThat(zh.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic realm=\"jifen\"");
        assertThat(zh.body()).contains("请先登录", "\"title\":\"未登录\"");
        HttpResponse<String> en = api.send(api.request("/api/v1/nope", "qs.admin:wrong")
                .header("Accept-Language", "en-US,en;q=0.9").GET().build());
        assertThat(en.statusCode()).isEqualTo(401);
        assertThat(en.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(en.body()).contains("Sign in first").doesNotContain("请先登录");
    }

    @Test
    void wrongMethodMediaTypeOrAcceptAreProblemsToo() throws Exception {
        HttpResponse<String> method = api.send(api.request("/api/v1/me", "qs.admin:demo")
                .DELETE().build());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(isProblem(method)).isTrue();
        assertThat(method.headers().firstValue("Allow")).get().asString().contains("GET");
        assertThat(method.body()).contains("不支持此请求方法");

        HttpResponse<String> media = api.send(api.request("/api/v1/simulations", "qs.admin:demo")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(media.statusCode()).isEqualTo(415);
        assertThat(isProblem(media)).isTrue();
        assertThat(media.body()).contains("application/json");

        HttpResponse<String> accept = api.send(api.request("/api/v1/me", "qs.admin:demo")
                .header("Accept", "text/html").GET().build());
        assertThat(accept.statusCode()).isEqualTo(406);
        assertThat(isProblem(accept)).isTrue();
    }

    @Test
    void aBodyOverTenMegabytesIs413WithoutBeingRead() throws Exception {
        // 60 MB streamed without Content-Length (chunked): the server stops reading past 10 MB and answers at once
        RawPost.Answer chunked = RawPost.send(port, "/api/v1/simulations", "Transfer-Encoding: chunked", 60L << 20);
        assertThat(chunked.raw()).startsWith("HTTP/1.1 413").contains("application/problem+json", "10 MB");
        // the answer came while the client was still sending: the server did not take in the 60 MB
        assertThat(chunked.sent()).as("bytes sent before the answer").isLessThan(60L << 20);
        // with a Content-Length over the limit the answer comes before the body is read
        RawPost.Answer declared = RawPost.send(port, "/api/v1/schemes", "Content-Length: " + (60L << 20),
                60L << 20);
        assertThat(declared.raw()).startsWith("HTTP/1.1 413").contains("application/problem+json",
                "\"status\":413");
        assertThat(declared.sent()).isLessThan(60L << 20);
        System.out.printf("413 after %,d bytes (chunked) and %,d bytes (Content-Length)%n", chunked.sent(),
                declared.sent());
    }

    @Test
    void aDuplicateCodeIs409() throws Exception {
        String body = importRequest("DUP-" + System.nanoTime()).toString();
        assertThat(api.post("/api/v1/schemes", body, "qs.admin", null).statusCode()).isEqualTo(201);
        HttpResponse<String> again = api.post("/api/v1/schemes", body, "qs.admin", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(isProblem(again)).isTrue();
        assertThat(again.body()).contains("已被使用");
    }

    @Test
    void twentyConcurrentImportsOfOneCodeStoreOneSchemeAndAnswerOnly201Or409() throws Exception {
        String code = "RACE-" + System.nanoTime();
        String body = importRequest(code).toString();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> api.post("/api/v1/schemes", body, "qs.admin", null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() != 201) {
                    assertThat(isProblem(response)).as(response.body()).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheme where code = ?", Integer.class, code))
                .isEqualTo(1);
    }

    @Test
    void simulationsAreForAdminsAndSecretariesOnly() throws Exception {
        String request = simulationRequest().toString();
        HttpResponse<String> member = api.post("/api/v1/simulations", request, "qs.member", null);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(isProblem(member)).isTrue();
        assertThat(api.post("/api/v1/simulations", request, "qs01.secretary", null).statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/simulations", request, "qs.admin", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSimulationOverItsSizeLimitsIs413WithTheLimit() throws Exception {
        ObjectNode members = simulationRequest();
        ArrayNode list = members.putArray("members");
        for (int i = 0; i <= SimulationLimits.MAX_MEMBERS; i++) {
            list.addObject().put("id", "M" + i).put("unitId", "D1").put("classId", "S10-ALL");
        }
        HttpResponse<String> tooMany = api.post("/api/v1/simulations", members.toString(), "qs.admin", null);
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(isProblem(tooMany)).isTrue();
        assertThat(paths(tooMany)).containsExactly("$.members");
        assertThat(tooMany.body()).contains("5,000");

        ObjectNode product = simulationRequest();
        ArrayNode some = product.putArray("members");
        for (int i = 0; i < 4_000; i++) {
            some.addObject().put("id", "M" + i).put("unitId", "D1").put("classId", "S10-ALL");
        }
        ArrayNode facts = product.putArray("facts");
        for (int i = 0; i < 5_001; i++) {
            facts.addObject().put("memberId", "M" + (i % 4_000)).put("itemId", "LAW-KEPT").put("date", "2025-12-01");
        }
        HttpResponse<String> tooMuch = api.post("/api/v1/simulations", product.toString(), "qs.admin", "en");
        assertThat(tooMuch.statusCode()).isEqualTo(413);
        assertThat(paths(tooMuch)).containsExactly("$.facts");
        assertThat(tooMuch.body()).contains("4,000 members × 5,001 facts");

        ObjectNode wide = simulationRequest();
        ArrayNode categories = (ArrayNode) wide.get("scheme").get("scheme").get("categories");
        ObjectNode template = (ObjectNode) categories.get(categories.size() - 1);
        for (int i = 0; i < 30; i++) {
            categories.add(template.deepCopy().put("id", "EXTRA-" + i));
        }
        ArrayNode many = wide.putArray("members");
        for (int i = 0; i < 3_000; i++) {
            many.addObject().put("id", "M" + i).put("unitId", "D1").put("classId", "S10-ALL");
        }
        wide.putArray("facts");
        HttpResponse<String> tooWide = api.post("/api/v1/simulations", wide.toString(), "qs.admin", "en");
        assertThat(tooWide.statusCode()).as(tooWide.body()).isEqualTo(413);
        assertThat(tooWide.body()).contains("categories exceeds the limit of 100,000");
    }

    @Test
    void warningsComeBackOnSuccess() throws Exception {
        ObjectNode request = simulationRequest();
        ArrayNode categories = (ArrayNode) request.get("scheme").get("scheme").get("categories");
        categories.add(((ObjectNode) categories.get(categories.size() - 1)).deepCopy().put("id", "EMPTY-CAT"));
        HttpResponse<String> simulated = api.post("/api/v1/simulations", request.toString(), "qs.admin", null);
        assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
        assertThat(warningPaths(simulated.body(), "warnings")).contains("$.scheme.scheme.categories["
                + (categories.size() - 1) + "]");
        assertThat(simulated.body()).contains("\"members\":[");

        ObjectNode scheme = importRequest("WARN-" + System.nanoTime());
        ArrayNode docCategories = (ArrayNode) scheme.get("document").get("scheme").get("categories");
        docCategories.add(((ObjectNode) docCategories.get(docCategories.size() - 1)).deepCopy().put("id", "EMPTY"));
        HttpResponse<String> created = api.post("/api/v1/schemes", JSON.createArrayNode().add(scheme).toString(),
                "qs.admin", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(warningPaths(created.body(), "[0].warnings")).contains("$[0].document.scheme.categories["
                + (docCategories.size() - 1) + "]");
    }

    @Test
    void anInvalidFactValueIsAnErrorNotAnIgnoredFact() throws Exception {
        ObjectNode request = simulationRequest();
        ((ObjectNode) request.get("facts").get(1)).put("value", 21);
        ((ObjectNode) request.get("facts").get(2)).put("option", "NOPE");
        HttpResponse<String> answer = api.post("/api/v1/simulations", request.toString(), "qs.admin", null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(paths(answer)).containsExactlyInAnyOrder("$.facts[1].value", "$.facts[2].option");
    }

    @Test
    void aMissingOrganizationCodeIs400NotForbidden() throws Exception {
        ObjectNode scheme = importRequest("NOORG-" + System.nanoTime());
        scheme.remove("organizationCode");
        HttpResponse<String> answer = api.post("/api/v1/schemes", scheme.toString(), "qs.admin", null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(paths(answer)).containsExactly("$.organizationCode");
    }

    private static List<String> warningPaths(String body, String at) {
        List<String> paths = new ArrayList<>();
        tools.jackson.databind.JsonNode node = JSON.readTree(body);
        node = at.startsWith("[0]") ? node.get(0).path(at.substring(4)) : node.path(at);
        node.forEach(w -> paths.add(w.path("path").asString()));
        return paths;
    }

    static ObjectNode importRequest(String code) {
        ObjectNode scheme = JSON.createObjectNode().put("code", code).put("name", "导入的方案")
                .put("organizationCode", "QS-01");
        scheme.set("document", JSON.readTree(SchemeTemplates.json(S10)));
        return scheme;
    }

    /** Member A of the S10 worked example. */
    static ObjectNode simulationRequest() {
        ObjectNode request = JSON.createObjectNode().put("year", 2025);
        request.set("scheme", JSON.readTree(SchemeTemplates.json(S10)));
        request.putArray("members").addObject().put("id", "A").put("unitId", "D1").put("classId", "S10-ALL");
        ArrayNode facts = request.putArray("facts");
        fact(facts, "STUDY-MEETING", "2025-03-01").put("count", 11);
        fact(facts, "ACHIEVE-TASK", "2025-06-01").put("value", 20);
        fact(facts, "SERVE-VOLUNTEER", "2025-07-01").put("count", 4);
        fact(facts, "EVAL-DEMOCRATIC", "2025-06-28").put("option", "EXCELLENT").put("value", 23);
        fact(facts, "REWARD-ARTICLE", "2025-04-01").put("option", "EXTERNAL");
        return request;
    }

    private static ObjectNode fact(ArrayNode facts, String item, String date) {
        return facts.addObject().put("memberId", "A").put("itemId", item).put("date", date);
    }
}
