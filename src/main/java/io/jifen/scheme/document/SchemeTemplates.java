package io.jifen.scheme.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The ready-to-clone templates on the classpath: {@code templates/index.txt} lists the template ids (one a line,
 * {@code #} comments), each is the document {@code templates/<id>.json}. Extensions (S7 township, S9 branch) name
 * their parent's version id in {@code parentVersionId}; their parent is listed before them.
 */
public final class SchemeTemplates {

    static final String DIR = "templates/";

    /** One line of the catalogue, enough for a picker. */
    public record Entry(String id, String seed, String organization, String name, String schemeVersionId,
            String parentVersionId) {
    }

    private SchemeTemplates() {
    }

    public static List<String> ids() {
        return text(DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static List<Entry> list() {
        return ids().stream().map(id -> {
            SchemeDocument d = load(id);
            return new Entry(id, d.info().seed(), d.info().organization(), d.scheme().name(), d.scheme().id(),
                    d.scheme().parentVersionId());
        }).toList();
    }

    /** The document as stored (what {@code GET /api/v1/templates/{id}} returns). */
    public static String json(String id) {
        if (!ids().contains(Objects.requireNonNull(id, "id"))) {
            throw new IllegalArgumentException("no template " + id);
        }
        return text(DIR + id + ".json");
    }

    public static SchemeDocument load(String id) {
        return SchemeDocuments.readDocument(json(id));
    }

    private static String text(String resource) {
        try (InputStream in = SchemeTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
