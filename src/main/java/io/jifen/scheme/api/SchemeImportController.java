package io.jifen.scheme.api;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeService.ImportedScheme;
import io.jifen.security.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Import of schemes as drafts: {@code [{code, name, organizationCode, parentSchemeId?, document}]}. All or nothing;
 * a bad document anywhere answers 400 with every error and its JSON path.
 */
@RestController
@RequestMapping("/api/v1/schemes")
class SchemeImportController {

    private final SchemeService schemes;

    SchemeImportController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<Created> importAll(@RequestBody JsonNode body, java.security.Principal principal) {
        List<ImportedScheme> imports = new java.util.ArrayList<>();
        for (JsonNode s : body.isArray() ? body : List.of(body)) {
            imports.add(new ImportedScheme(text(s, "code"), text(s, "name"), text(s, "organizationCode"),
                    s.hasNonNull("parentSchemeId") ? s.get("parentSchemeId").asLong() : null,
                    s.hasNonNull("document") ? s.get("document").toString() : "null"));
        }
        return schemes.importAll(CurrentUser.of(principal), imports).stream()
                .map(s -> new Created(s.getId(), s.getCode())).toList();
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isString() ? node.path(field).asString() : null;
    }

    record Created(long id, String code) {
    }
}
