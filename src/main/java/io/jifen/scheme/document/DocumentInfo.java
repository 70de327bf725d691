package io.jifen.scheme.document;

/**
 * Envelope metadata that is not part of the scheme model: which organization a template comes from, which seed
 * scheme (S1–S10) it encodes, and a description that says what was taken from the seed and what was invented. All
 * fields are optional; an ordinary export has none.
 */
public record DocumentInfo(String organization, String seed, String description) {

    public static final DocumentInfo NONE = new DocumentInfo(null, null, null);

    public boolean isEmpty() {
        return organization == null && seed == null && description == null;
    }
}
