package io.jifen.scheme.designer;

import java.util.Objects;

/** A node of the designer's tree: a category or an item, by id (names change, the node stays the same). */
public record NodeRef(Kind kind, String id) {

    public enum Kind { CATEGORY, ITEM }

    public NodeRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static NodeRef category(String id) {
        return new NodeRef(Kind.CATEGORY, id);
    }

    public static NodeRef item(String id) {
        return new NodeRef(Kind.ITEM, id);
    }

    public boolean isCategory() {
        return kind == Kind.CATEGORY;
    }
}
