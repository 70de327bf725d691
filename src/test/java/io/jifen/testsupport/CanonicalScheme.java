package io.jifen.testsupport;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A scheme version as text in which generated ids do not matter: every id (category, item, member class, tier scale,
 * tier, rule, review step) and every reference to one is replaced by the node's name (a category by its path of
 * names, an item by its category's path and its name), siblings are listed in the order a user sees them with their
 * {@code order} renumbered 0, 1, 2 …, and set-like lists are sorted. Everything else is compared as written. The
 * identity the database stamps (id, scheme id, number, parent version, effective date; see VersionIdentity) is left
 * out: the stored version record is the truth for it. Option codes are kept: the options grid lets a user type them.
 */
public final class CanonicalScheme {

    private static final List<String> IDENTITY = List.of("id", "schemeId", "version", "parentVersionId",
            "effectiveFrom");
    private static final List<String> SETS = List.of("memberClassIds", "statuses", "recordedBy", "levels");

    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> items = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, String> steps = new HashMap<>();
    private final Map<String, String> scales = new HashMap<>();
    /** Tier ids are unique within their scale only: keyed "scaleId/tierId". */
    private final Map<String, String> tiers = new HashMap<>();

    private CanonicalScheme() {
    }

    /** The canonical text of a version (pretty JSON, so a failed comparison shows the difference line by line). */
    public static String of(SchemeVersion version) {
        JsonNode tree = SchemeDocuments.readTree(SchemeDocuments.write(version));
        ObjectNode scheme = (ObjectNode) (tree.has("scheme") ? tree.get("scheme") : tree);
        return SchemeDocuments.writeTree(new CanonicalScheme().canonical(scheme.deepCopy()));
    }

    private ObjectNode canonical(ObjectNode s) {
        IDENTITY.forEach(s::remove);
        name(s);
        ArrayNode cats = sortedCategories(array(s, "categories"));
        s.set("categories", cats);
        s.set("items", sortedItems(array(s, "items"), cats));
        s.set("memberClasses", renumbered(array(s, "memberClasses")));
        rename(s);
        sortSets(s);
        return s;
    }

    /** Names every id: categories by path (parents first), items under their category, and the rest by name. */
    private void name(ObjectNode s) {
        Map<String, JsonNode> byId = new HashMap<>();
        array(s, "categories").forEach(c -> byId.put(c.get("id").asString(), c));
        byId.keySet().forEach(id -> unique(categories, id, path(byId, id)));
        array(s, "items").forEach(i -> unique(items, i.get("id").asString(),
                categories.get(i.get("categoryId").asString()) + " / " + i.get("name").asString()));
        array(s, "memberClasses").forEach(c -> unique(classes, c.get("id").asString(), c.get("name").asString()));
        JsonNode workflow = s.get("workflow");
        if (workflow != null && workflow.has("steps")) {
            workflow.get("steps").forEach(st -> unique(steps, st.get("id").asString(), st.get("name").asString()));
        }
        for (JsonNode scale : array(s, "tierSchemes")) {
            String scaleId = scale.get("id").asString();
            unique(scales, scaleId, scale.get("name").asString());
            scale.get("tiers").forEach(t -> unique(tiers, scaleId + "/" + t.get("id").asString(),
                    t.get("name").asString()));
        }
    }

    private static String path(Map<String, JsonNode> byId, String id) {
        JsonNode c = byId.get(id);
        JsonNode parent = c.get("parentId");
        String own = c.get("name").asString();
        return parent == null || parent.isNull() ? own : path(byId, parent.asString()) + " / " + own;
    }

    private static void unique(Map<String, String> names, String id, String name) {
        if (names.containsValue(name)) {
            throw new IllegalArgumentException("two nodes are named " + name + ": the comparison needs unique names");
        }
        names.put(id, name);
    }

    /** Categories depth-first in display order (by order, then list position), each group renumbered. */
    private ArrayNode sortedCategories(ArrayNode all) {
        Map<String, List<JsonNode>> children = new HashMap<>();
        for (JsonNode c : all) {
            JsonNode parent = c.get("parentId");
            children.computeIfAbsent(parent == null || parent.isNull() ? "" : parent.asString(),
                    k -> new ArrayList<>()).add(c);
        }
        ArrayNode out = all.arrayNode();
        addChildren("", children, out);
        return out;
    }

    private void addChildren(String parent, Map<String, List<JsonNode>> children, ArrayNode out) {
        List<JsonNode> group = inOrder(children.getOrDefault(parent, List.of()));
        for (int k = 0; k < group.size(); k++) {
            ObjectNode c = (ObjectNode) group.get(k);
            c.put("order", k);
            out.add(c);
            addChildren(c.get("id").asString(), children, out);
        }
    }

    /** Items by their category's place in {@code cats}, then in display order within it, renumbered. */
    private ArrayNode sortedItems(ArrayNode all, ArrayNode cats) {
        List<String> catOrder = new ArrayList<>();
        cats.forEach(c -> catOrder.add(c.get("id").asString()));
        ArrayNode out = all.arrayNode();
        for (String cat : catOrder) {
            List<JsonNode> group = new ArrayList<>();
            all.forEach(i -> {
                if (i.get("categoryId").asString().equals(cat)) {
                    group.add(i);
                }
            });
            List<JsonNode> sorted = inOrder(group);
            for (int k = 0; k < sorted.size(); k++) {
                ((ObjectNode) sorted.get(k)).put("order", k);
                out.add(sorted.get(k));
            }
        }
        if (out.size() != all.size()) {
            throw new IllegalArgumentException("an item names a category the scheme does not have");
        }
        return out;
    }

    private static ArrayNode renumbered(ArrayNode all) {
        List<JsonNode> sorted = inOrder(toList(all));
        ArrayNode out = all.arrayNode();
        for (int k = 0; k < sorted.size(); k++) {
            ((ObjectNode) sorted.get(k)).put("order", k);
            out.add(sorted.get(k));
        }
        return out;
    }

    /** A stable sort by {@code order}: equal orders keep their list positions, as the designer shows them. */
    private static List<JsonNode> inOrder(List<JsonNode> group) {
        List<JsonNode> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(n -> n.has("order") ? n.get("order").asInt() : 0));
        return sorted;
    }

    private void rename(ObjectNode s) {
        for (JsonNode c : array(s, "categories")) {
            replace((ObjectNode) c, "id", categories);
            replace((ObjectNode) c, "parentId", categories);
        }
        for (JsonNode i : array(s, "items")) {
            replace((ObjectNode) i, "id", items);
            replace((ObjectNode) i, "categoryId", categories);
            replaceAll((ObjectNode) i, "reviewStepIds", steps);
            replaceAll((ObjectNode) i, "memberClassIds", classes);
        }
        array(s, "memberClasses").forEach(c -> replace((ObjectNode) c, "id", classes));
        JsonNode workflow = s.get("workflow");
        if (workflow != null && workflow.has("steps")) {
            workflow.get("steps").forEach(st -> replace((ObjectNode) st, "id", steps));
        }
        for (JsonNode scale : array(s, "tierSchemes")) {
            String scaleId = scale.get("id").asString();
            scale.get("tiers").forEach(t -> ((ObjectNode) t).put("id",
                    tiers.get(scaleId + "/" + t.get("id").asString())));
            replace((ObjectNode) scale, "id", scales);
        }
        array(s, "consequenceRules").forEach(r -> {
            ((ObjectNode) r).put("id", r.get("name").asString());
            tierReference((ObjectNode) r.get("trigger"));
        });
        array(s, "eligibilityRules").forEach(r -> {
            ((ObjectNode) r).put("id", r.get("name").asString());
            r.get("conditions").forEach(c -> tierReference((ObjectNode) c));
        });
        if (s.get("ranking") instanceof ObjectNode ranking) {
            replace(ranking, "basisCategoryId", categories);
        }
    }

    private void tierReference(ObjectNode node) {
        if (node == null || !node.has("tierSchemeId")) {
            return;
        }
        String scaleId = node.get("tierSchemeId").asString();
        if (node.has("tierId")) {
            node.put("tierId", named(tiers, scaleId + "/" + node.get("tierId").asString()));
        }
        node.put("tierSchemeId", named(scales, scaleId));
    }

    private static void replace(ObjectNode node, String field, Map<String, String> names) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull()) {
            node.put(field, named(names, v.asString()));
        }
    }

    private static void replaceAll(ObjectNode node, String field, Map<String, String> names) {
        if (node.get(field) instanceof ArrayNode ids) {
            ArrayNode out = ids.arrayNode();
            ids.forEach(id -> out.add(named(names, id.asString())));
            node.set(field, out);
        }
    }

    /** A reference to an id the scheme does not have stays visible as such. */
    private static String named(Map<String, String> names, String id) {
        return names.getOrDefault(id, "?" + id);
    }

    /** Lists that are sets in the model are compared sorted, wherever they occur. */
    private static void sortSets(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String field : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(field);
                if (SETS.contains(field) && v instanceof ArrayNode a) {
                    List<String> values = new ArrayList<>();
                    a.forEach(x -> values.add(x.asString()));
                    values.sort(null);
                    ArrayNode out = a.arrayNode();
                    values.forEach(x -> out.add(StringNode.valueOf(x)));
                    o.set(field, out);
                } else {
                    sortSets(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(CanonicalScheme::sortSets);
        }
    }

    private static ArrayNode array(ObjectNode s, String field) {
        return s.get(field) instanceof ArrayNode a ? a : s.arrayNode();
    }

    private static List<JsonNode> toList(ArrayNode a) {
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }
}
