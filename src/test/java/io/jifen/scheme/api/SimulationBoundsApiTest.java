package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.WebTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case over HTTP: an item worth 1e16 points counted 10 times used to come back as
 * −84,467,440,737,095,516.16; now the scheme is refused with the path of the number, and the bounds themselves
 * simulate exactly.
 */
class SimulationBoundsApiTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STUDY_POINTS = "\"points\" : 3"; // STUDY-MEETING, items[0] of S10

    @LocalServerPort
    int port;

    private static ObjectNode request(String points, int count) {
        ObjectNode request = JSON.createObjectNode().put("year", 2025);
        request.set("scheme", JSON.readTree(SchemeTemplates.json("s10-guandao-gongsi")
                .replaceFirst(Pattern.quote(STUDY_POINTS), "\"points\" : " + points)));
        request.putArray("members").addObject().put("id", "A").put("unitId", "D1").put("classId", "S10-ALL");
        request.putArray("facts").addObject().put("memberId", "A").put("itemId", "STUDY-MEETING")
                .put("date", "2025-03-01").put("count", count);
        return request;
    }

    @Test
    void theOverflowingSchemeIsRefusedWithThePathOfTheNumber() throws Exception {
        for (String points : new String[] {"1e16", "1e17", "1e308"}) {
            HttpResponse<String> answer = post(request(points, 10).toString());
            assertThat(answer.statusCode()).as(points + ": " + answer.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
            assertThat(error.get("path").asString()).isEqualTo("$.scheme.scheme.items[0].value.points");
            assertThat(error.get("message").asString()).startsWith("每次的分值须在 -10000 到 10000 之间");
            assertThat(answer.body()).doesNotContain("-84467440737095516");
        }
    }

    @Test
    void aCountAboveTheBoundIsRefused() throws Exception {
        HttpResponse<String> answer = post(request("3", 10_001).toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("errors").get(0).get("path").asString())
                .isEqualTo("$.facts[0].count");
    }

    @Test
    void theBoundsThemselvesSimulateExactly() throws Exception {
        HttpResponse<String> answer = post(request("10000", 10_000).toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<BigDecimal> raws = new ArrayList<>();
        collectItemRaw(JSON.readTree(answer.body()), raws);
        // 10,000 points × 10,000 occurrences; the category cap of 33 applies above the item, not inside it
        assertThat(raws).isNotEmpty().allSatisfy(v -> assertThat(v).isEqualByComparingTo("100000000"));
    }

    private static void collectItemRaw(JsonNode node, List<BigDecimal> out) {
        if (node.isObject() && "STUDY-MEETING".equals(node.path("itemId").asString(null))) {
            out.add(node.get("raw").get("value").decimalValue());
        }
        node.forEach(child -> collectItemRaw(child, out));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return SimulationHttp.post(port, body);
    }
}
