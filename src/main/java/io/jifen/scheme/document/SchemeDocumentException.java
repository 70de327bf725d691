package io.jifen.scheme.document;

/**
 * A scheme document that cannot be read: malformed JSON, an unknown {@code type} discriminator, a missing required
 * field, a value of the wrong JSON type or one the model rejects. {@link #path()} is the JSON path of the offending
 * node (e.g. {@code $.scheme.items[3].value.type}), so the HTTP API and the designer can point at it.
 */
public class SchemeDocumentException extends RuntimeException {

    private final String path;
    private final String reason;

    public SchemeDocumentException(String path, String reason) {
        this(path, reason, null);
    }

    public SchemeDocumentException(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** JSON path of the offending node, {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** The message without the path. */
    public String reason() {
        return reason;
    }
}
