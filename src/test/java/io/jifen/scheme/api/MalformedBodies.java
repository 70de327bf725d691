package io.jifen.scheme.api;

import static io.jifen.testsupport.ApiClient.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fuzz table of {@link ApiFuzzTest}: wrong JSON types, fractions, non-booleans, unknown fields, duplicate keys,
 * numbers that do not fit, broken syntax, values the scheme refuses — for simulations and scheme imports.
 */
final class MalformedBodies {

    static final String SIMULATIONS = "/api/v1/simulations";
    static final String SCHEMES = "/api/v1/schemes";

    record Case(String name, String endpoint, String body, int status, List<String> paths) {
    }

    private final List<Case> cases = new ArrayList<>();

    private MalformedBodies() {
    }

    static List<Case> all() {
        MalformedBodies table = new MalformedBodies();
        table.syntax();
        table.simulationTop();
        table.members();
        table.facts();
        table.factValues();
        table.schemeDocuments();
        table.imports();
        table.importDocuments();
        return table.cases;
    }

    private void syntax() {
        raw(SIMULATIONS, "truncated", "{\"year\":", "$.year");
        raw(SIMULATIONS, "trailing garbage", "{} x", "$");
        raw(SIMULATIONS, "not JSON at all", "year=2025", "$");
        raw(SIMULATIONS, "single quotes", "{'year':2025}", "$");
        raw(SIMULATIONS, "a bare string", "\"simulate\"", "$");
        raw(SIMULATIONS, "an array", "[]", "$");
        raw(SIMULATIONS, "null", "null", "$");
        raw(SIMULATIONS, "empty body", "", "$");
        raw(SCHEMES, "import empty body", "", "$");
        raw(SIMULATIONS, "duplicate year", sim().toString().replace("\"year\":2025",
                "\"year\":2025,\"year\":2026"), "$.year");
        raw(SIMULATIONS, "duplicate member id key", sim().toString().replace("\"id\":\"A\"",
                "\"id\":\"A\",\"id\":\"B\""), "$.members[0].id");
        raw(SIMULATIONS, "duplicate key deep in the scheme", sim().toString().replace("\"formatVersion\":1",
                "\"formatVersion\":1,\"formatVersion\":1"), "$.scheme.formatVersion");
        raw(SCHEMES, "duplicate code key", "[" + ApiErrorContractTest.importRequest("X").toString()
                .replace("\"code\":\"X\"", "\"code\":\"X\",\"code\":\"Y\"") + "]", "$[0].code");
        raw(SCHEMES, "import truncated", "[{\"code\":\"A\"", "$[0].code");
        raw(SCHEMES, "import a bare number", "42", "$");
        raw(SCHEMES, "import empty array", "[]", "$");
    }

    private void simulationTop() {
        sim("unknown top-level field", r -> r.put("colour", "red"), "$.colour");
        sim("typo memebers", r -> r.set("memebers", r.get("members")), "$.memebers");
        sim("year as text", r -> r.put("year", "2025"), "$.year");
        sim("year fractional", r -> r.put("year", 2025.5), "$.year");
        sim("year 1e400", r -> r.set("year", JSON.readTree("1e400")), "$.year");
        sim("year boolean", r -> r.put("year", true), "$.year");
        sim("year null", r -> r.putNull("year"), "$.year");
        sim("year too early", r -> r.put("year", 1999), "$.year");
        sim("year array", r -> r.putArray("year"), "$.year");
        sim("members an object", r -> r.putObject("members"), "$.members");
        sim("members a string", r -> r.put("members", "A"), "$.members");
        sim("members empty", r -> r.putArray("members"), "$.members");
        sim("members null", r -> r.putNull("members"), "$.members");
        sim("facts an object", r -> r.putObject("facts"), "$.facts");
        sim("facts a number", r -> r.put("facts", 3), "$.facts");
        sim("scheme missing", r -> r.remove("scheme"), "$.scheme");
        sim("scheme a string", r -> r.put("scheme", "S10"), "$.scheme");
        sim("parent a number", r -> r.put("parent", 7), "$.parent");
    }

    private void members() {
        member("member a string", 0, null, "$.members[0]");
        memberField("member id number", "id", 1, "$.members[0].id");
        memberField("member id boolean", "id", true, "$.members[0].id");
        memberField("member id empty", "id", "", "$.members[0].id");
        memberField("member id array", "id", List.of(), "$.members[0].id");
        memberField("member unitId number", "unitId", 5, "$.members[0].unitId");
        memberField("member classId object", "classId", new Object(), "$.members[0].classId");
        memberField("member status unknown", "status", "GONE", "$.members[0].status");
        memberField("member status number", "status", 1, "$.members[0].status");
        memberField("exempt yes", "exempt", "yes", "$.members[0].exempt");
        memberField("exempt 1", "exempt", 1, "$.members[0].exempt");
        memberField("exempt text true", "exempt", "true", "$.members[0].exempt");
        memberField("exempt array", "exempt", List.of(), "$.members[0].exempt");
        memberField("transferredIn slashes", "transferredIn", "2025/01/01", "$.members[0].transferredIn");
        memberField("transferredIn number", "transferredIn", 20250101, "$.members[0].transferredIn");
        memberField("transferredIn 30 Feb", "transferredIn", "2025-02-30", "$.members[0].transferredIn");
        memberField("typo transferedIn", "transferedIn", "2025-01-01", "$.members[0].transferedIn");
        memberField("unknown member field", "age", 40, "$.members[0].age");
        sim("out before in", r -> ((ObjectNode) r.get("members").get(0)).put("transferredIn", "2025-06-01")
                .put("transferredOut", "2025-01-01"), "$.members[0].transferredOut");
        sim("duplicate member", r -> ((ArrayNode) r.get("members")).add(r.get("members").get(0).deepCopy()),
                "$.members[1].id");
        sim("unknown class", r -> ((ObjectNode) r.get("members").get(0)).put("classId", "NONE"),
                "$.members[0].classId");
    }

    private void facts() {
        sim("fact a number", r -> ((ArrayNode) r.get("facts")).set(0, JSON.getNodeFactory().numberNode(5)),
                "$.facts[0]");
        factField("count 2.5", 0, "count", 2.5, "$.facts[0].count");
        factField("count text", 0, "count", "2", "$.facts[0].count");
        factField("count zero", 0, "count", 0, "$.facts[0].count");
        factField("count negative", 0, "count", -1, "$.facts[0].count");
        factField("count boolean", 0, "count", true, "$.facts[0].count");
        factField("count 1e400", 0, "count", "1e400!", "$.facts[0].count");
        factField("count 2.0", 0, "count", 2.0, "$.facts[0].count");
        factField("count beyond int", 0, "count", 3_000_000_000L, "$.facts[0].count");
        factField("count above limit", 0, "count", 10_001, "$.facts[0].count");
        factField("count null", 0, "count", "null!", "$.facts[0].count");
        factField("date missing", 0, "date", null, "$.facts[0].date");
        factField("date month 13", 0, "date", "2025-13-01", "$.facts[0].date");
        factField("date number", 0, "date", 20250301, "$.facts[0].date");
        factField("memberId unknown", 0, "memberId", "Z", "$.facts[0].memberId");
        factField("memberId number", 0, "memberId", 1, "$.facts[0].memberId");
        factField("itemId null", 0, "itemId", null, "$.facts[0].itemId");
        factField("itemId unknown", 0, "itemId", "NO-SUCH-ITEM", "$.facts[0].itemId");
        factField("fact id number", 0, "id", 9, "$.facts[0].id");
        factField("unknown fact field", 0, "note", "x", "$.facts[0].note");
        factField("typo itemID", 0, "itemID", "STUDY-MEETING", "$.facts[0].itemID");
        factField("option number", 3, "option", 5, "$.facts[3].option");
        sim("duplicate fact id", r -> {
            ((ObjectNode) r.get("facts").get(0)).put("id", "F");
            ((ObjectNode) r.get("facts").get(1)).put("id", "F");
        }, "$.facts[1].id");
    }

    private void factValues() {
        factField("value text", 1, "value", "20", "$.facts[1].value");
        factField("value 1e400", 1, "value", "1e400!", "$.facts[1].value");
        factField("value -1e400", 1, "value", "-1e400!", "$.facts[1].value");
        factField("value 1e-400", 1, "value", "1e-400!", "$.facts[1].value");
        factField("value boolean", 1, "value", false, "$.facts[1].value");
        factField("value above range", 1, "value", 21, "$.facts[1].value");
        factField("value below range", 1, "value", -1, "$.facts[1].value");
        factField("value missing in range item", 1, "value", null, "$.facts[1].value");
        factField("option on a range item", 1, "option", "EXCELLENT", "$.facts[1].option");
        factField("option on a fixed item", 0, "option", "EXCELLENT", "$.facts[0].option");
        factField("value on a fixed item", 0, "value", 4, "$.facts[0].value");
        factField("unknown option", 3, "option", "NOPE", "$.facts[3].option");
        factField("option missing", 3, "option", null, "$.facts[3].option");
        factField("option value above", 3, "value", 26, "$.facts[3].value");
        factField("option value missing", 3, "value", null, "$.facts[3].value");
        factField("fixed option wrong value", 4, "value", 4, "$.facts[4].value");
    }

    private void schemeDocuments() {
        sim("points 1e400", r -> item(r, 0).putObject("value").put("type", "Fixed")
                .set("points", JSON.readTree("1e400")), "$.scheme.scheme.items[0].value.points");
        sim("points text", r -> item(r, 0).putObject("value").put("type", "Fixed").put("points", "3"),
                "$.scheme.scheme.items[0].value.points");
        sim("unknown field in a scheme", r -> ((ObjectNode) r.get("scheme").get("scheme")).put("colour", "red"),
                "$.scheme.scheme.colour");
        sim("locked not boolean", r -> item(r, 0).put("locked", "yes"), "$.scheme.scheme.items[0].locked");
        sim("order fractional", r -> item(r, 0).put("order", 1.5), "$.scheme.scheme.items[0].order");
        sim("maxCount fractional", r -> ((ObjectNode) item(r, 0).get("cap")).put("maxCount", 2.5),
                "$.scheme.scheme.items[0].cap.maxCount");
        sim("formatVersion text", r -> ((ObjectNode) r.get("scheme")).put("formatVersion", "1"),
                "$.scheme.formatVersion");
        sim("weight 1e400", r -> ((ObjectNode) r.get("scheme").get("scheme").get("categories").get(0))
                .set("weight", JSON.readTree("1e400")), "$.scheme.scheme.categories[0].weight");
    }

    private void imports() {
        imp("code 41 characters", s -> s.put("code", "C".repeat(41)), "$[0].code");
        imp("code number", s -> s.put("code", 5), "$[0].code");
        imp("code empty", s -> s.put("code", ""), "$[0].code");
        imp("code missing", s -> s.remove("code"), "$[0].code");
        imp("code array", s -> s.putArray("code"), "$[0].code");
        imp("name missing", s -> s.remove("name"), "$[0].name");
        imp("name 201 characters", s -> s.put("name", "名".repeat(201)), "$[0].name");
        imp("name object", s -> s.putObject("name"), "$[0].name");
        imp("organizationCode missing", s -> s.remove("organizationCode"), "$[0].organizationCode");
        imp("organizationCode number", s -> s.put("organizationCode", 1), "$[0].organizationCode");
        imp("organizationCode null", s -> s.putNull("organizationCode"), "$[0].organizationCode");
        imp("parentSchemeId text", s -> s.put("parentSchemeId", "1"), "$[0].parentSchemeId");
        imp("parentSchemeId fractional", s -> s.put("parentSchemeId", 1.5), "$[0].parentSchemeId");
        imp("parentSchemeId boolean", s -> s.put("parentSchemeId", true), "$[0].parentSchemeId");
        imp("parentSchemeId negative", s -> s.put("parentSchemeId", -1), "$[0].parentSchemeId");
        imp("parentSchemeId 1e400", s -> s.set("parentSchemeId", JSON.readTree("1e400")), "$[0].parentSchemeId");
        imp("parentSchemeId object", s -> s.putObject("parentSchemeId"), "$[0].parentSchemeId");
        imp("document missing", s -> s.remove("document"), "$[0].document");
        imp("document a string", s -> s.put("document", "{}"), "$[0].document");
        imp("document an array", s -> s.putArray("document"), "$[0].document");
        imp("unknown field", s -> s.put("transferedIn", "2025-01-01"), "$[0].transferedIn");
        imp("typo organisationCode", s -> s.put("organisationCode", "QS-01"), "$[0].organisationCode");
        raw(SCHEMES, "element not an object", "[" + ApiErrorContractTest.importRequest("OK").toString() + ",3]",
                "$[1]");
        raw(SCHEMES, "single object without code", ApiErrorContractTest.importRequest("X").put("code", 1)
                .toString(), "$.code");
        ObjectNode single = ApiErrorContractTest.importRequest("X");
        ((ObjectNode) single.get("document").get("scheme").get("periodRule")).put("rollUp", "AVERAGE_OF_SUBPERIODS");
        raw(SCHEMES, "single object with a bad document", single.toString(), "$.document.scheme.periodRule.rollUp");
        raw(SCHEMES, "every error at once", "[" + ApiErrorContractTest.importRequest("X").put("code", 1)
                .put("name", 2).put("parentSchemeId", "p").put("extra", 0).toString() + "]",
                "$[0].code", "$[0].name", "$[0].parentSchemeId", "$[0].extra");
    }

    private void importDocuments() {
        imp("document points 1e400", s -> ((ObjectNode) s.get("document").get("scheme").get("items").get(0))
                .putObject("value").put("type", "Fixed").set("points", JSON.readTree("1e400")),
                "$[0].document.scheme.items[0].value.points");
        imp("document unknown field", s -> ((ObjectNode) s.get("document").get("scheme")).put("colour", "red"),
                "$[0].document.scheme.colour");
        imp("document rollUp unknown", s -> ((ObjectNode) s.get("document").get("scheme").get("periodRule"))
                .put("rollUp", "AVERAGE_OF_SUBPERIODS"), "$[0].document.scheme.periodRule.rollUp");
        imp("document evidenceRequired yes", s -> ((ObjectNode) s.get("document").get("scheme").get("items")
                .get(0)).put("evidenceRequired", "yes"), "$[0].document.scheme.items[0].evidenceRequired");
    }

    // --- building the cases ---

    private void raw(String endpoint, String name, String body, String... paths) {
        cases.add(new Case(name, endpoint, body, 400, List.of(paths)));
    }

    private void sim(String name, Consumer<ObjectNode> breakIt, String... paths) {
        ObjectNode request = sim();
        breakIt.accept(request);
        raw(SIMULATIONS, name, request.toString(), paths);
    }

    private void member(String name, int index, Object value, String path) {
        sim(name, r -> ((ArrayNode) r.get("members")).set(index, JSON.valueToTree(value == null ? "A" : value)),
                path);
    }

    private void memberField(String name, String field, Object value, String path) {
        sim(name, r -> set((ObjectNode) r.get("members").get(0), field, value), path);
    }

    private void factField(String name, int index, String field, Object value, String path) {
        sim(name, r -> set((ObjectNode) r.get("facts").get(index), field, value), path);
    }

    private void imp(String name, Consumer<ObjectNode> breakIt, String... paths) {
        ObjectNode scheme = ApiErrorContractTest.importRequest("FUZZ-" + cases.size());
        breakIt.accept(scheme);
        raw(SCHEMES, name, JSON.createArrayNode().add(scheme).toString(), paths);
    }

    /** {@code null} removes the field; a string ending in "!" is raw JSON (1e400!, null!). */
    private static void set(ObjectNode node, String field, Object value) {
        if (value == null) {
            node.remove(field);
        } else if (value instanceof String s && s.endsWith("!")) {
            node.set(field, JSON.readTree(s.substring(0, s.length() - 1)));
        } else if (value.getClass() == Object.class) {
            node.putObject(field);
        } else {
            node.set(field, JSON.valueToTree(value));
        }
    }

    private static ObjectNode item(ObjectNode request, int index) {
        return (ObjectNode) request.get("scheme").get("scheme").get("items").get(index);
    }

    private static ObjectNode sim() {
        return ApiErrorContractTest.simulationRequest();
    }
}
