package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Templates, simulations and scheme import over HTTP: results with explanations, and 400s listing every error. */
class SchemeApiTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String S10 = "s10-guandao-gongsi";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void templatesAreListedAndServedAsStored() throws Exception {
        HttpResponse<String> list = send("GET", "/api/v1/templates", null, "zh-CN");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body())).hasSize(SchemeTemplates.ids().size());
        assertThat(list.body()).contains("\"id\":\"s10-guandao-gongsi\"", "\"id\":\"s01-qu-fupinban\"");
        HttpResponse<String> one = send("GET", "/api/v1/templates/" + S10, null, "zh-CN");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(SchemeTemplates.json(S10));
        assertThat(send("GET", "/api/v1/templates/nope", null, "zh-CN").statusCode()).isEqualTo(404);
    }

    @Test
    void aSimulationOnTheS10TemplateGivesTheWorkedExample() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/simulations", s10Request().toString(), "zh-CN");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        // 日常 75 + 评议 (23 + 24) × 50 % = 23.50 + 奖励 13 capped at 10 = 108.50 → 优秀
        assertThat(answer.body()).contains("108.5", "优秀", "\"schemeVersionId\"");
        // every number keeps its explanation in the JSON: {value, text, key, operands, factIds, rules}
        assertThat(answer.body()).contains("\"text\":\"", "\"key\":\"explain.", "\"factIds\":[\"",
                "\"rules\":[{\"kind\":\"");
    }

    /** Issue 8 point 10: explanations in the caller's language, key and typed operands beside the text. */
    @Test
    void explanationsFollowAcceptLanguageChineseByDefault() throws Exception {
        JsonNode zh = weighted(send("POST", "/api/v1/simulations", s10Request().toString(), "zh-CN"));
        JsonNode en = weighted(send("POST", "/api/v1/simulations", s10Request().toString(), "en"));
        JsonNode none = weighted(send("POST", "/api/v1/simulations", s10Request().toString(), null));
        assertThat(zh.get("text").asString()).isEqualTo("47 × 权重 0.5 = 23.5");
        assertThat(en.get("text").asString()).isEqualTo("47 × weight 0.5 = 23.5");
        assertThat(none.get("text").asString()).isEqualTo(zh.get("text").asString());
        assertThat(en.get("key").asString()).isEqualTo("explain.category.weighted");
        assertThat(en.get("operands")).isEqualTo(zh.get("operands"));
        assertThat(en.get("operands").valueStream().map(JsonNode::doubleValue)).containsExactly(47.0, 0.5, 23.5);
    }

    /** The weighted figure of the one weighted category (评议 × 50 %) in the first period. */
    private static JsonNode weighted(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode c : JSON.readTree(answer.body()).get("members").get(0).get("periods").get(0).get("categories")) {
            if (c.get("weighted").get("key").asString().equals("explain.category.weighted")) {
                return c.get("weighted");
            }
        }
        throw new AssertionError("no weighted category in " + answer.body());
    }

    @Test
    void everyKindOfBrokenRequestGives400WithTheRightPath() throws Exception {
        expect(r -> r.remove("scheme"), "$.scheme");
        expect(r -> scheme(r).remove("name"), "$.scheme.scheme.name");
        expect(r -> ((ObjectNode) scheme(r).get("items").get(0).get("value")).put("type", "Percent"),
                "$.scheme.scheme.items[0].value.type");
        expect(r -> ((ObjectNode) scheme(r).get("categories").get(1).get("cap")).put("min", 50),
                "$.scheme.scheme.categories[1].cap");
        expect(r -> ((ObjectNode) scheme(r).get("tierSchemes").get(0).get("tiers").get(0)).put("min", 70),
                "$.scheme.scheme.tierSchemes[0].tiers");
        expect(r -> ((ObjectNode) scheme(r).get("periodRule")).put("rollUp", "AVERAGE_OF_SUBPERIODS"),
                "$.scheme.scheme.periodRule.rollUp");
        expect(r -> ((ObjectNode) scheme(r).get("periodRule")).put("assessedUnit", "WEEK"),
                "$.scheme.scheme.periodRule.assessedUnit");
        expect(r -> scheme(r).put("version", "one"), "$.scheme.scheme.version");
        expect(r -> ((ObjectNode) scheme(r).get("items").get(2)).put("categoryId", "NOWHERE"),
                "$.scheme.scheme.items[2].categoryId");
        expect(r -> ((ObjectNode) scheme(r).get("items").get(3)).put("id", "STUDY-MEETING"),
                "$.scheme.scheme.items[3].id");
        expect(r -> scheme(r).put("colour", "red"), "$.scheme.scheme.colour");
        expect(r -> ((ObjectNode) r.get("members").get(0)).put("classId", "NO-SUCH-CLASS"), "$.members[0].classId");
        expect(r -> ((ObjectNode) r.get("facts").get(0)).put("itemId", "NO-SUCH-ITEM"), "$.facts[0].itemId");
        expect(r -> ((ObjectNode) r.get("facts").get(1)).put("date", "2025-02-30"), "$.facts[1].date");
        expect(r -> r.remove("year"), "$.year");
        expect(r -> ((ArrayNode) r.get("members")).add(r.get("members").get(0).deepCopy()), "$.members[1].id");
    }

    @Test
    void everyErrorIsListedAtOnceInTheCallersLanguage() throws Exception {
        ObjectNode request = s10Request();
        request.remove("year");
        ((ObjectNode) request.get("facts").get(0)).put("itemId", "NO-SUCH-ITEM");
        ((ObjectNode) scheme(request).get("periodRule")).put("rollUp", "AVERAGE_OF_SUBPERIODS");
        HttpResponse<String> zh = send("POST", "/api/v1/simulations", request.toString(), null);
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(zh.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(paths(zh)).contains("$.year", "$.scheme.scheme.periodRule.rollUp");
        assertThat(zh.body()).contains("未保存任何数据");
        HttpResponse<String> en = send("POST", "/api/v1/simulations", request.toString(), "en");
        assertThat(en.body()).contains("nothing was stored").doesNotContain("未保存");
    }

    @Test
    void importStoresAllGoodDocumentsOrNothing() throws Exception {
        String code = "IMP-" + System.nanoTime();
        ObjectNode good = JSON.createObjectNode().put("code", code).put("name", "导入的方案")
                .put("organizationCode", "QS-01");
        good.set("document", JSON.readTree(SchemeTemplates.json(S10)));
        ObjectNode bad = good.deepCopy().put("code", code + "-B");
        ((ObjectNode) ((ObjectNode) bad.get("document")).get("scheme").get("periodRule"))
                .put("rollUp", "AVERAGE_OF_SUBPERIODS");
        ArrayNode both = JSON.createArrayNode().add(good).add(bad);

        HttpResponse<String> refused = send("POST", "/api/v1/schemes", both.toString(), "zh-CN");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(paths(refused)).containsExactly("$[1].document.scheme.periodRule.rollUp");
        assertThat(send("GET", "/api/v1/schemes", null, "zh-CN").body()).doesNotContain(code);

        HttpResponse<String> created = send("POST", "/api/v1/schemes", JSON.createArrayNode().add(good).toString(),
                "zh-CN");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(send("GET", "/api/v1/schemes", null, "zh-CN").body()).contains(code);

        ObjectNode foreign = good.deepCopy().put("code", code + "-F").put("organizationCode", "HN-01");
        assertThat(send("POST", "/api/v1/schemes", foreign.toString(), "zh-CN").statusCode()).isEqualTo(403);
    }

    private void expect(Consumer<ObjectNode> breakIt, String path) throws Exception {
        ObjectNode request = s10Request();
        breakIt.accept(request);
        HttpResponse<String> answer = send("POST", "/api/v1/simulations", request.toString(), "zh-CN");
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
        assertThat(paths(answer)).as(answer.body()).anySatisfy(p -> assertThat(p).startsWith(path));
    }

    private static List<String> paths(HttpResponse<String> problem) {
        List<String> paths = new ArrayList<>();
        JSON.readTree(problem.body()).get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    private static ObjectNode scheme(ObjectNode request) {
        return (ObjectNode) request.get("scheme").get("scheme");
    }

    /** Member A of the S10 worked example (TemplateWorkedExamples2Test), as an API request. */
    private static ObjectNode s10Request() {
        ObjectNode request = JSON.createObjectNode().put("year", 2025);
        request.set("scheme", JSON.readTree(SchemeTemplates.json(S10)));
        request.putArray("members").addObject().put("id", "A").put("unitId", "D1").put("classId", "S10-ALL");
        ArrayNode facts = request.putArray("facts");
        fact(facts, "STUDY-MEETING", "2025-03-01").put("count", 11);
        fact(facts, "ACHIEVE-TASK", "2025-06-01").put("value", 20);
        fact(facts, "SERVE-VOLUNTEER", "2025-07-01").put("count", 4);
        fact(facts, "LAW-KEPT", "2025-12-01");
        fact(facts, "RIGHT-UPHELD", "2025-12-02");
        fact(facts, "EVAL-DEMOCRATIC", "2025-06-28").put("option", "EXCELLENT").put("value", 23);
        fact(facts, "EVAL-DEMOCRATIC", "2025-12-28").put("option", "EXCELLENT").put("value", 24);
        fact(facts, "REWARD-ARTICLE", "2025-04-01").put("option", "EXTERNAL");
        fact(facts, "REWARD-COMMENDATION", "2025-05-01").put("option", "GROUP");
        fact(facts, "REWARD-COMMENDATION", "2025-09-01").put("option", "COMPANY");
        return request;
    }

    private static ObjectNode fact(ArrayNode facts, String item, String date) {
        return facts.addObject().put("memberId", "A").put("itemId", item).put("date", date);
    }

    private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("qs.admin:demo".getBytes()))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
