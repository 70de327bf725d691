package io.jifen.scheme.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.Fact;
import io.jifen.scoring.RuleSchemes;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.testsupport.WebTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 8, rules 1–6 through {@code POST /api/v1/simulations}: the schemes, members and facts of the engine's worked
 * examples ({@code io.jifen.scoring.SchemeRulesTest}, numbers in its comments) sent as JSON documents, and the same
 * numbers read back from the answer. Rule 2 asks for an evaluation year from July to June with {@code from}/{@code
 * to}; the range's bounds and the tier-fact format are checked as input errors.
 */
class SchemeRulesApiTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static ObjectNode request(SchemeVersion scheme, List<ScoredMember> members, List<Fact> facts,
            Consumer<ObjectNode> range) {
        ObjectNode r = JSON.createObjectNode();
        r.set("scheme", JSON.readTree(SchemeDocuments.write(scheme)));
        ArrayNode ms = r.putArray("members");
        for (ScoredMember m : members) {
            ObjectNode o = ms.addObject().put("id", m.id()).put("unitId", m.unitId()).put("classId", m.classId())
                    .put("status", m.status().name()).put("exempt", m.exempt());
            if (m.transferredIn() != null) {
                o.put("transferredIn", m.transferredIn().toString());
            }
        }
        ArrayNode fs = r.putArray("facts");
        for (Fact f : facts) {
            ObjectNode o = fs.addObject().put("id", f.id()).put("memberId", f.memberId())
                    .put("date", f.date().toString());
            if (f.isAssignedTier()) {
                o.put("tierSchemeId", f.tier().tierSchemeId()).put("tierId", f.tier().tierId());
                continue;
            }
            o.put("itemId", f.itemId()).put("count", f.count());
            if (f.value() != null) {
                o.put("value", f.value());
            }
        }
        range.accept(r);
        return r;
    }

    private static Consumer<ObjectNode> year(int year) {
        return r -> r.put("year", year);
    }

    private JsonNode simulate(ObjectNode request) throws Exception {
        HttpResponse<String> answer = post(request.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode member(JsonNode answer, String id) {
        for (JsonNode m : answer.get("members")) {
            if (m.get("memberId").asString().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no member " + id);
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(field).get("value").decimalValue().setScale(2).toPlainString()));
        return out;
    }

    private static String value(JsonNode explained) {
        return explained.get("value").decimalValue().setScale(2).toPlainString();
    }

    private static JsonNode category(JsonNode period, String id) {
        for (JsonNode c : period.get("categories")) {
            if (c.get("categoryId").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no category " + id);
    }

    private static List<String> ignored(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("ignoredFacts").forEach(f -> out.add(f.get("factId").asString() + " " + f.get("reason").asString()));
        return out;
    }

    /** Rule 1: A's quarters 6, 6, 0, 0 under "全年最多12分"; year 12; B 4. */
    @Test
    void rule1() throws Exception {
        JsonNode answer = simulate(request(RuleSchemes.rule1(), RuleSchemes.members1(), RuleSchemes.facts1(),
                year(2025)));
        JsonNode a = member(answer, "A");
        assertThat(values(a.get("periods"), "total")).containsExactly("6.00", "6.00", "0.00", "0.00");
        assertThat(value(a.get("years").get(0).get("total"))).isEqualTo("12.00");
        assertThat(value(member(answer, "B").get("years").get(0).get("total"))).isEqualTo("4.00");
    }

    /** Rule 2: July–June; A's quarters 86.67, 78.33, 86.67, 80 and year 82.92; B's year 85, ranked first. */
    @Test
    void rule2() throws Exception {
        JsonNode answer = simulate(request(RuleSchemes.rule2(), RuleSchemes.members2(), RuleSchemes.facts2(),
                r -> r.put("from", "2025-07").put("to", "2026-06")));
        JsonNode a = member(answer, "A");
        assertThat(a.get("periods")).hasSize(12);
        assertThat(values(a.get("interims"), "total")).containsExactly("86.67", "78.33", "86.67", "80.00");
        assertThat(a.get("interims").get(1).get("tiers").get(0).get("tierName").asString()).isEqualTo("不合格");
        JsonNode aYear = a.get("years").get(0);
        assertThat(value(aYear.get("total"))).isEqualTo("82.92");
        assertThat(aYear.get("period").get("start").asString()).isEqualTo("2025-07-01");
        JsonNode bYear = member(answer, "B").get("years").get(0);
        assertThat(value(bYear.get("total"))).isEqualTo("85.00");
        assertThat(bYear.get("rankInOrganization").get("position").asInt()).isEqualTo(1);
        // the old input still works: year 2025 of a scheme whose year starts in July is July 2025 – June 2026
        JsonNode byYear = simulate(request(RuleSchemes.rule2(), RuleSchemes.members2(), RuleSchemes.facts2(),
                year(2025)));
        assertThat(value(member(byYear, "A").get("years").get(0).get("total"))).isEqualTo("82.92");
    }

    /** Rule 3: 评议 of each half-year counts in the quarter that closes it: 30, 42, 30, 40. */
    @Test
    void rule3() throws Exception {
        JsonNode answer = simulate(request(RuleSchemes.rule3(), List.of(ScoredMember.of("A", "U", "ALL")),
                RuleSchemes.facts3(), year(2025)));
        assertThat(values(member(answer, "A").get("periods"), "total")).containsExactly("30.00", "42.00", "30.00",
                "40.00");
        JsonNode q3 = simulate(request(RuleSchemes.rule3(), List.of(ScoredMember.of("A", "U", "ALL")),
                RuleSchemes.facts3(), r -> r.put("from", "2025-07").put("to", "2025-09")));
        assertThat(ignored(q3)).contains("h2 WINDOW_NOT_CLOSED");
    }

    /** Rule 4: parent and branch documents; X's 通用 52 (base 55) and 个性 32 (branch base 35), 84 → 四星. */
    @Test
    void rule4() throws Exception {
        ObjectNode request = request(RuleSchemes.rule4Branch("35"), RuleSchemes.members4(), RuleSchemes.facts4(),
                r -> r.put("from", "2025-01").put("to", "2025-03"));
        request.set("parent", JSON.readTree(SchemeDocuments.write(RuleSchemes.rule4Company())));
        JsonNode answer = simulate(request);
        JsonNode x = member(answer, "X").get("periods").get(0);
        assertThat(value(category(x, "GEN-BASE").get("capped"))).isEqualTo("55.00");
        assertThat(value(category(x, "GEN").get("capped"))).isEqualTo("52.00");
        assertThat(value(category(x, "A-BASE").get("capped"))).isEqualTo("35.00");
        assertThat(value(x.get("total"))).isEqualTo("84.00");
        assertThat(x.get("tiers").get(0).get("tierName").asString()).isEqualTo("四星");
        assertThat(value(member(answer, "Y").get("periods").get(0).get("total"))).isEqualTo("45.00");
    }

    /** Rule 5: OLD is 带头型 by the assembly's later decision; YOUNG 75 → 带头型, their tier entry is ignored. */
    @Test
    void rule5() throws Exception {
        JsonNode answer = simulate(request(RuleSchemes.rule5(), RuleSchemes.members5(), RuleSchemes.facts5(),
                year(2025)));
        JsonNode old = member(answer, "OLD");
        assertThat(old.get("assignedTiers")).hasSize(1);
        assertThat(old.get("assignedTiers").get(0).get("tier").get("tierName").asString()).isEqualTo("带头型");
        assertThat(value(member(answer, "YOUNG").get("years").get(0).get("total"))).isEqualTo("75.00");
        assertThat(ignored(answer)).contains("h-old MEMBER_EXEMPT", "t3 TIER_NOT_ASSIGNABLE");
    }

    /** Rule 6: P2 first of the members by 奉献 9; A1 first of the activists; admission for A1 only. */
    @Test
    void rule6() throws Exception {
        JsonNode answer = simulate(request(RuleSchemes.rule6(), RuleSchemes.members6(), RuleSchemes.facts6(),
                r -> r.put("from", "2025-01").put("to", "2025-03")));
        JsonNode p2 = member(answer, "P2").get("periods").get(0).get("rankInOrganization");
        assertThat(p2.get("position").asInt()).isEqualTo(1);
        assertThat(p2.get("group").asString()).isEqualTo("FULL+PROBATIONARY");
        assertThat(value(p2.get("basis"))).isEqualTo("9.00");
        JsonNode a1 = member(answer, "A1").get("periods").get(0).get("rankInOrganization");
        assertThat(a1.get("position").asInt()).isEqualTo(1);
        assertThat(a1.get("of").asInt()).isEqualTo(2);
        List<String> commended = new ArrayList<>();
        answer.get("members").forEach(m -> m.get("consequences").forEach(c -> commended.add(
                c.get("memberId").asString())));
        assertThat(commended).containsExactlyInAnyOrder("P2", "P1");
        assertThat(member(answer, "A1").get("years").get(0).get("eligibility").get(0).get("eligible").asBoolean())
                .isTrue();
        assertThat(member(answer, "P1").get("years").get(0).get("eligibility")).isEmpty();
    }

    /** The range and the tier facts are read strictly, every error with its path. */
    @Test
    void badRangesAndTierFactsAreRefused() throws Exception {
        List<String> paths = errors(request(RuleSchemes.rule1(), RuleSchemes.members1(), List.of(),
                r -> r.put("year", 2025).put("from", "2025-13").put("to", "2024-01")));
        assertThat(paths).contains("$.year", "$.from");
        assertThat(errors(request(RuleSchemes.rule1(), RuleSchemes.members1(), List.of(),
                r -> r.put("from", "2025-02").put("to", "2025-03")))).containsExactly("$.from");
        assertThat(errors(request(RuleSchemes.rule1(), RuleSchemes.members1(), List.of(),
                r -> r.put("from", "2020-01").put("to", "2025-12")))).containsExactly("$.to");
        ObjectNode tier = request(RuleSchemes.rule5(), RuleSchemes.members5(), List.of(), year(2025));
        ((ArrayNode) tier.get("facts")).addObject().put("memberId", "OLD").put("date", "2025-12-01")
                .put("tierSchemeId", "TYPE").put("tierId", "NOPE");
        ((ArrayNode) tier.get("facts")).addObject().put("memberId", "OLD").put("date", "2025-12-01")
                .put("tierSchemeId", "TYPE").put("tierId", "LEAD").put("itemId", "HELP");
        assertThat(errors(tier)).containsExactlyInAnyOrder("$.facts[0].tierId", "$.facts[1].itemId");
    }

    private List<String> errors(ObjectNode request) throws Exception {
        HttpResponse<String> answer = post(request.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        List<String> paths = new ArrayList<>();
        JSON.readTree(answer.body()).get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    private HttpResponse<String> post(String body) throws Exception {
        return SimulationHttp.post(port, body);
    }
}
