package io.jifen.scheme;

import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.validation.DocumentChecks;
import io.jifen.scheme.validation.SchemeValidator;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything that is wrong with a scheme document, in one report: its JSON shape first (what the model could not
 * even represent), then the reader, then the rules of the validator. Paths are given relative to {@code at}, the
 * place of the document in whatever the caller received.
 */
public final class SchemeCheck {

    /** As {@link SchemeDocuments} reads: exact decimals (1e400 must not become Infinity), duplicate keys refused. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SchemeCheck() {
    }

    /**
     * @param document the scheme document as JSON text
     * @param parent   the effective parent scheme when the document extends one, else {@code null}
     * @param at       JSON path of the document in the request, {@code $} when it is the whole body
     */
    public static Checked check(String document, SchemeVersion parent, String at) {
        JsonNode tree;
        try {
            tree = JSON.readTree(document);
        } catch (JacksonException e) {
            return new Checked(null, report(ValidationIssue.error(at, "api.error.unreadable")));
        }
        ValidationReport shape = DocumentChecks.check(tree);
        if (!shape.publishable()) {
            return new Checked(null, relocate(shape, at));
        }
        SchemeVersion scheme;
        try {
            scheme = SchemeDocuments.read(document);
        } catch (SchemeDocumentException e) {
            return new Checked(null, report(ValidationIssue.error(join(at, e.path()), "scheme.document.invalid",
                    e.reason())));
        }
        ValidationReport rules = parent == null ? SchemeValidator.validate(scheme)
                : SchemeValidator.validate(scheme, parent);
        return new Checked(scheme, relocate(shape.merge(rules), at));
    }

    /** The parsed scheme (null when it could not be read) and every finding. */
    public record Checked(SchemeVersion scheme, ValidationReport report) {
        public boolean publishable() {
            return scheme != null && report.publishable();
        }
    }

    private static ValidationReport report(ValidationIssue issue) {
        return new ValidationReport(List.of(issue));
    }

    private static ValidationReport relocate(ValidationReport report, String at) {
        if ("$".equals(at)) {
            return report;
        }
        return new ValidationReport(report.issues().stream().map(i -> new ValidationIssue(i.severity(),
                join(at, i.path()), i.key(), i.arguments())).toList());
    }

    static String join(String at, String path) {
        return "$".equals(at) ? path : at + path.substring(1);
    }
}
