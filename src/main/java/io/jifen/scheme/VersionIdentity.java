package io.jifen.scheme;

import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.model.SchemeVersion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One identity per version (issue 8 point 9, docs/scheme-format.md "Identity"): the database is the truth, and a
 * document carries it in one way. Whatever a document says about itself is overwritten from the stored version
 * whenever the service stores or uses it: {@code id} = {@code <scheme code>-v<number>}, {@code schemeId} = the scheme
 * code, {@code version} = the number, {@code parentVersionId} = the id of the parent version in force on the day in
 * question (an extension's parent is the database's parent scheme, never the document's), and, once published,
 * {@code effectiveFrom} = the stored effective date. A draft's {@code effectiveFrom} is only the date it proposes.
 */
final class VersionIdentity {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The identity fields (and the name between them) in the order the document writer puts them. */
    private static final List<String> ORDER = List.of("id", "schemeId", "name", "version", "parentVersionId",
            "effectiveFrom");

    private VersionIdentity() {
    }

    /** The id a stored version is known by, in results and in its extensions' {@code parentVersionId}. */
    static String id(Scheme scheme, int number) {
        return scheme.getCode() + "-v" + number;
    }

    /**
     * The document with its identity taken from the database, its own {@code effectiveFrom} kept. Only the identity
     * fields change: everything else stays exactly as written (a number with too many decimals is still reported by
     * validation, not rounded away). A document that is not a JSON object with a {@code scheme} object is returned
     * as given: validation lists what is wrong with it.
     *
     * @param parentVersionId the id of the parent version in force, or null when there is none (yet)
     */
    static String stamp(String document, Scheme scheme, int number, String parentVersionId) {
        return rewrite(document, old -> identity(scheme, number,
                parent(scheme, parentVersionId, text(old.get("parentVersionId"))), old.get("effectiveFrom")));
    }

    /** As {@link #stamp(String, Scheme, int, String)}, with the effective date set (published) or cleared (null). */
    static String stamp(String document, Scheme scheme, int number, String parentVersionId, LocalDate effectiveFrom) {
        return rewrite(document, old -> identity(scheme, number,
                parent(scheme, parentVersionId, text(old.get("parentVersionId"))),
                effectiveFrom == null ? null : NODES.stringNode(effectiveFrom.toString())));
    }

    /**
     * A document to be checked as an extension of the parent version {@code parentVersionId} before it is stored
     * (an import): only the parent is set, the rest of the identity is given when the scheme is created.
     */
    static String withParent(String document, String parentVersionId) {
        return rewrite(document, old -> {
            Map<String, JsonNode> fields = new HashMap<>();
            List.of("id", "schemeId", "version", "effectiveFrom").forEach(f -> fields.put(f, old.get(f)));
            fields.put("parentVersionId", NODES.stringNode(parentVersionId));
            return fields;
        });
    }

    private static Map<String, JsonNode> identity(Scheme scheme, int number, String parent, JsonNode effective) {
        Map<String, JsonNode> fields = new HashMap<>();
        fields.put("id", NODES.stringNode(id(scheme, number)));
        fields.put("schemeId", NODES.stringNode(scheme.getCode()));
        fields.put("version", NODES.numberNode(number));
        fields.put("parentVersionId", parent == null ? null : NODES.stringNode(parent));
        fields.put("effectiveFrom", effective);
        return fields;
    }

    /**
     * The scheme object rebuilt with the identity fields first, in the order the writer uses ({@code name} stays
     * where it is among them), then every other field as it was; a null value leaves the field out.
     */
    private static String rewrite(String document, Function<ObjectNode, Map<String, JsonNode>> identity) {
        JsonNode tree;
        try {
            tree = SchemeDocuments.readTree(document);
        } catch (SchemeDocumentException unreadable) {
            return document;
        }
        if (!(tree instanceof ObjectNode root) || !(root.get("scheme") instanceof ObjectNode old)) {
            return document;
        }
        Map<String, JsonNode> fields = identity.apply(old);
        ObjectNode scheme = NODES.objectNode();
        for (String name : ORDER) {
            JsonNode value = name.equals("name") ? old.get("name") : fields.get(name);
            if (value != null && !value.isNull()) {
                scheme.set(name, value);
            }
        }
        old.properties().stream().filter(e -> !ORDER.contains(e.getKey()))
                .forEach(e -> scheme.set(e.getKey(), e.getValue()));
        root.set("scheme", scheme);
        return SchemeDocuments.writeTree(root);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    /**
     * The parent a stored version names: the one in force; without one, the document's own when the scheme has a
     * parent (it still marks the document as an extension) or else the parent scheme's code; a scheme without parent
     * keeps what the document says, so that validation reports an extension whose parent is missing instead of
     * silently turning it into a root.
     */
    private static String parent(Scheme scheme, String inForce, String documentSays) {
        if (inForce != null) {
            return inForce;
        }
        return scheme.getParent() == null || documentSays != null ? documentSays : scheme.getParent().getCode();
    }

    /** The scheme with the stored identity, the parent chosen as for a document. */
    static SchemeVersion stamp(SchemeVersion v, Scheme scheme, int number, String parentVersionId,
                               LocalDate effectiveFrom) {
        return new SchemeVersion(id(scheme, number), scheme.getCode(), v.name(), number,
                parent(scheme, parentVersionId, v.parentVersionId()), effectiveFrom, v.periodRule(),
                v.memberClasses(), v.categories(), v.items(), v.tierSchemes(), v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }
}
