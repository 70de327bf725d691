package io.jifen.scheme.api;

import io.jifen.scheme.SchemeService.ImportedScheme;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The body of a scheme import, read strictly before anything is looked up: {@code [{code, name, organizationCode,
 * parentSchemeId?, document}]} (or one such object). Every missing, mistyped, too long or unknown field is reported
 * with its JSON path; the scheme documents themselves are checked by the service.
 */
final class ImportRequest {

    /** Column sizes of {@code scheme.code} and {@code scheme.name}. */
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    private static final Set<String> FIELDS = Set.of("code", "name", "organizationCode", "parentSchemeId",
            "document");

    private final List<InputError> errors = new ArrayList<>();

    private ImportRequest() {
    }

    static List<ImportedScheme> read(JsonNode body) {
        ImportRequest request = new ImportRequest();
        List<ImportedScheme> imports = new ArrayList<>();
        if (body.isArray() && body.isEmpty()) {
            request.errors.add(InputError.of("$", "api.import.empty"));
        }
        boolean many = body.isArray();
        for (int i = 0; i < (many ? body.size() : 1); i++) {
            ImportedScheme one = request.scheme(many ? body.get(i) : body, many ? "$[" + i + "]" : "$");
            if (one != null) {
                imports.add(one);
            }
        }
        if (!request.errors.isEmpty()) {
            throw new InvalidInputException(request.errors);
        }
        return imports;
    }

    private ImportedScheme scheme(JsonNode s, String at) {
        if (!s.isObject()) {
            errors.add(InputError.of(at, "api.json.object"));
            return null;
        }
        for (String name : s.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(InputError.of(at + "." + name, "api.json.unknownField", name,
                        String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String code = text(s, "code", at, MAX_CODE);
        String name = text(s, "name", at, MAX_NAME);
        String organization = text(s, "organizationCode", at, MAX_CODE);
        Long parent = parentId(s.path("parentSchemeId"), at + ".parentSchemeId");
        JsonNode document = s.path("document");
        if (!document.isObject()) {
            errors.add(InputError.of(at + ".document", "api.json.object"));
        }
        return new ImportedScheme(code, name, organization, parent, document.isObject() ? document.toString() : null);
    }

    private String text(JsonNode node, String field, String at, int maxLength) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            errors.add(InputError.of(at + "." + field, "api.import.required"));
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > maxLength) {
            errors.add(InputError.of(at + "." + field, "api.import.tooLong", maxLength, text.length()));
            return null;
        }
        return text;
    }

    private Long parentId(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
            errors.add(InputError.of(path, "api.import.parentId"));
            return null;
        }
        return node.longValue();
    }
}
