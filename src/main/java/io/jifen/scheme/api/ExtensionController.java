package io.jifen.scheme.api;

import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.extension.ExtensionService;
import io.jifen.scheme.extension.ExtensionView;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.StrictJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A branch's extension through the API (issue 8 point 7): its state against the parent (budgets used / granted,
 * locked and open nodes, changes in words), and saving, validating and publishing its latest version. The same
 * rules as in the console: a secretary reaches only their own branch's extension and writes it only while the parent
 * allows; a parent scheme, a sibling's extension, another tenant's scheme and a missing id all answer 403 alike.
 */
@RestController
@RequestMapping("/api/v1/extensions/{schemeId}")
class ExtensionController {

    private final ExtensionService extensions;

    ExtensionController(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @GetMapping
    Map<String, Object> state(@PathVariable long schemeId, Principal principal, Locale locale) {
        ExtensionService.State state = extensions.state(CurrentUser.of(principal), schemeId);
        ExtensionView view = state.view();
        SchemeVersionRecord latest = state.latest();
        return Map.of("schemeId", schemeId,
                "version", Map.of("id", latest.getId(), "number", latest.getNumber(), "status", latest.getStatus()),
                "editable", state.editable(), "parentAhead", state.parentAhead(),
                "budgets", view.budgets().stream().map(b -> Map.of("categoryId", b.categoryId(), "name", b.name(),
                        "used", plain(b.used()), "granted", plain(b.granted()), "over", b.over())).toList(),
                "locked", view.parent().categories().stream().map(c -> c.id()).filter(view::lockMark).toList(),
                "lockedItems", view.parent().items().stream().map(i -> i.id()).filter(view::lockMark).toList(),
                "open", view.parent().categories().stream().map(c -> c.id()).filter(view::open).toList(),
                "changes", state.changes().stream().map(c -> Map.of("kind", c.kind(), "text", c.format(locale)))
                        .toList());
    }

    /** The body is the extension's scheme document; a draft may have errors, an unreadable document is refused. */
    @PutMapping(path = "/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> saveDraft(@PathVariable long schemeId, @RequestBody byte[] body, Principal principal,
                                  Locale locale) {
        JifenUser user = CurrentUser.of(principal);
        StrictJson.read(body);
        ValidationReport report = extensions.saveDraft(user, schemeId, new String(body, StandardCharsets.UTF_8));
        return Map.of("errors", SchemeProblems.render(report.errors(), locale),
                "warnings", SchemeProblems.render(report.warnings(), locale));
    }

    /** Validates the latest version: 200 with the warnings, or 400 with every error and its path. */
    @PostMapping("/validation")
    Map<String, Object> validate(@PathVariable long schemeId, Principal principal, Locale locale) {
        ValidationReport report = extensions.validate(CurrentUser.of(principal), schemeId);
        if (!report.publishable()) {
            throw new SchemeRejectedException(report);
        }
        return Map.of("status", "VALIDATED", "warnings", SchemeProblems.render(report.warnings(), locale));
    }

    /** Publishes the validated latest version: {@code {"effectiveFrom": "2026-04-01"}}, nothing else. */
    @PostMapping(path = "/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> publish(@PathVariable long schemeId, @RequestBody byte[] body, Principal principal) {
        JifenUser user = CurrentUser.of(principal);
        SchemeVersionRecord published = extensions.publish(user, schemeId, effectiveFrom(StrictJson.read(body)));
        return Map.of("versionId", published.getId(), "number", published.getNumber(),
                "status", published.getStatus(), "effectiveFrom", published.getEffectiveFrom().toString());
    }

    private static LocalDate effectiveFrom(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException(List.of(InputError.of("$", "api.json.object")));
        }
        for (String name : body.propertyNames()) {
            if (!name.equals("effectiveFrom")) {
                throw new InvalidInputException(List.of(InputError.of("$." + name, "api.json.unknownField", name,
                        "effectiveFrom")));
            }
        }
        JsonNode date = body.path("effectiveFrom");
        try {
            if (date.isString()) {
                return LocalDate.parse(date.asString());
            }
        } catch (DateTimeParseException e) {
            // answered below like a missing date
        }
        throw new InvalidInputException(List.of(InputError.of("$.effectiveFrom", "extension.api.effectiveFrom")));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
