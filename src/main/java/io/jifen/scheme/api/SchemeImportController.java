package io.jifen.scheme.api;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.StrictJson;
import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Import of schemes as drafts: {@code [{code, name, organizationCode, parentSchemeId?, document}]}. All or nothing;
 * a bad request or document anywhere answers 400 with every error and its JSON path, a code already taken 409.
 * The answer lists each created scheme with its validation warnings.
 */
@RestController
@RequestMapping("/api/v1/schemes")
class SchemeImportController {

    private final SchemeService schemes;

    SchemeImportController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Created> importAll(@RequestBody byte[] body, java.security.Principal principal, Locale locale) {
        JifenUser user = CurrentUser.of(principal);
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("imports are for admins");
        }
        JsonNode tree = StrictJson.read(body);
        boolean many = tree.isArray();
        List<SchemeService.ImportedScheme> imports = ImportRequest.read(tree);
        List<Scheme> created = importAll(user, imports, many);
        List<Created> answer = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            answer.add(created(user, created.get(i), many ? "$[" + i + "].document" : "$.document", locale));
        }
        return answer;
    }

    /** The service names the schemes {@code $[i]}; a body of one scheme (no array) has its fields at {@code $}. */
    private List<Scheme> importAll(JifenUser user, List<SchemeService.ImportedScheme> imports, boolean many) {
        try {
            return schemes.importAll(user, imports);
        } catch (SchemeRejectedException e) {
            if (many) {
                throw e;
            }
            throw new SchemeRejectedException(new ValidationReport(e.report().issues().stream()
                    .map(i -> new ValidationIssue(i.severity(), i.path().replaceFirst("^\\$\\[0\\]", "\\$"),
                            i.key(), i.arguments())).toList()));
        }
    }

    /** The new scheme with its warnings, at their paths in the request. */
    private Created created(JifenUser user, Scheme scheme, String at, Locale locale) {
        long versionId = schemes.versions(user, scheme.getId()).getFirst().getId();
        List<ValidationIssue> warnings = schemes.check(user, versionId).warnings().stream()
                .map(w -> new ValidationIssue(w.severity(), at + w.path().substring(1), w.key(), w.arguments()))
                .toList();
        return new Created(scheme.getId(), scheme.getCode(), SchemeProblems.render(warnings, locale));
    }

    record Created(long id, String code, List<Map<String, String>> warnings) {
    }
}
