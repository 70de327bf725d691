package io.jifen.scheme.document;

import io.jifen.scoring.model.SchemeVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheme ⇄ JSON document ({@code docs/scheme-format.md}). The envelope is
 * {@code {"format":"jifen-scheme","formatVersion":1,"info":{…}?,"scheme":{…}}}; the body uses the field names of the
 * model records in {@code io.jifen.scoring.model}, sealed types carry a {@code "type"} discriminator (the record's
 * simple name), numbers are plain JSON numbers read as {@link java.math.BigDecimal} (never binary floating point).
 *
 * <p>Output is pretty (2 spaces, {@code "name" : value}, {@code \n}, final newline) with a fixed field order, so
 * export → import → export is byte-identical. The mapping is explicit (no annotations in the pure model, no
 * reflection), which also lets every read error carry the JSON path of the offending node.
 */
public final class SchemeDocuments {

    public static final String FORMAT = "jifen-scheme";
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance())
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SchemeDocuments() {
    }

    public static SchemeVersion read(String json) {
        return readDocument(json).scheme();
    }

    public static SchemeVersion read(InputStream json) {
        return readDocument(json).scheme();
    }

    public static SchemeDocument readDocument(InputStream json) {
        try {
            return readDocument(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SchemeDocument readDocument(String json) {
        JsonNode tree = readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new SchemeDocumentException("$", "empty document");
        }
        return DocumentReader.document(JsonIn.root(tree));
    }

    /**
     * A document as a JSON tree, read exactly as {@link #readDocument} reads it (decimals exact, duplicate keys
     * refused), for callers that change a few fields and keep everything else as it was (the stored identity).
     */
    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new SchemeDocumentException("$", "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON tree in the documents' layout (as {@link #write(SchemeDocument)} lays out a document). */
    public static String writeTree(JsonNode tree) {
        return PRETTY.writeValueAsString(tree) + "\n";
    }

    public static String write(SchemeVersion scheme) {
        return write(new SchemeDocument(DocumentInfo.NONE, scheme));
    }

    public static String write(SchemeDocument document) {
        return writeTree(DocumentWriter.document(MAPPER.createObjectNode(), document));
    }
}
