package io.jifen.scheme.api;

import io.jifen.scheme.SchemeService;
import io.jifen.scoring.result.Phrase;
import io.jifen.security.CurrentUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schemes/{id}/diff?from=N&to=M}: what changed from version N to version M of a scheme, each change
 * rendered in the caller's language (Accept-Language) next to its key and typed operands ({@code ExplanationJson}).
 * The parameters are read strictly (whole positive numbers, nothing else); a scheme or version outside the caller's
 * scope answers exactly like a missing one.
 */
@RestController
@RequestMapping("/api/v1/schemes")
class SchemeDiffController {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Set<String> PARAMETERS = Set.of("from", "to");

    private final SchemeService schemes;

    SchemeDiffController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/{id}/diff")
    SchemeDiffAnswer diff(@PathVariable("id") String id, HttpServletRequest request,
                          java.security.Principal principal) {
        List<InputError> errors = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                errors.add(InputError.of(name, "api.diff.unknownParameter", name));
            } else if (values.length != 1) {
                errors.add(InputError.of(name, "api.diff.once", name));
            }
        });
        Long schemeId = parse(id, ID, "id", errors);
        Long from = parse(request.getParameter("from"), NUMBER, "from", errors);
        Long to = parse(request.getParameter("to"), NUMBER, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Phrase> changes = schemes.diff(CurrentUser.of(principal), schemeId, from.intValue(), to.intValue());
        return new SchemeDiffAnswer(schemeId, from.intValue(), to.intValue(), changes);
    }

    private static Long parse(String value, Pattern pattern, String name, List<InputError> errors) {
        if (value == null || !pattern.matcher(value).matches()) {
            errors.add(InputError.of(name, "api.diff.number", name));
            return null;
        }
        return Long.valueOf(value);
    }

    /** @param changes each {@code {text, key, operands}} */
    record SchemeDiffAnswer(long schemeId, int from, int to, List<Phrase> changes) {
    }
}
