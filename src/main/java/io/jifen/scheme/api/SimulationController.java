package io.jifen.scheme.api;

import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.SchemeCheck;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import io.jifen.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Runs the engine on a scheme document and sample data without storing anything: body {@code {scheme, parent?,
 * members, facts, year}} → the full, explained results. Every error of the request is reported at once.
 */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {

    @PostMapping
    Results simulate(@RequestBody JsonNode body, java.security.Principal principal) {
        CurrentUser.of(principal);
        List<ValidationIssue> issues = new ArrayList<>();
        SchemeVersion parent = null;
        if (body.hasNonNull("parent")) {
            SchemeCheck.Checked checkedParent = SchemeCheck.check(body.get("parent").toString(), null, "$.parent");
            issues.addAll(checkedParent.report().errors());
            parent = checkedParent.scheme();
        }
        SchemeVersion scheme = null;
        if (!body.hasNonNull("scheme")) {
            issues.add(ValidationIssue.error("$.scheme", "api.simulation.schemeRequired"));
        } else {
            SchemeCheck.Checked checked = SchemeCheck.check(body.get("scheme").toString(), parent, "$.scheme");
            issues.addAll(checked.report().errors());
            scheme = checked.scheme();
        }
        SimulationInput input = SimulationInput.read(body);
        input.errors.forEach(e -> issues.add(new ValidationIssue(io.jifen.scheme.validation.Severity.ERROR, e.path(),
                e.messageKey(), e.arguments())));
        SchemeVersion effective = scheme == null || parent == null ? scheme
                : SchemeResolver.resolve(parent, scheme).effective();
        if (effective != null) {
            issues.addAll(references(effective, input));
        }
        if (!issues.isEmpty()) {
            throw new SchemeRejectedException(new ValidationReport(issues));
        }
        return ScoringEngine.evaluate(effective, input.members, input.facts, Period.year(input.year));
    }

    /** Members must be of a class the scheme knows, facts of an item it has. */
    private static List<ValidationIssue> references(SchemeVersion scheme, SimulationInput input) {
        Set<String> classes = scheme.memberClasses().stream().map(c -> c.id()).collect(Collectors.toSet());
        Set<String> items = scheme.items().stream().map(i -> i.id()).collect(Collectors.toSet());
        List<ValidationIssue> issues = new ArrayList<>();
        for (int i = 0; i < input.members.size(); i++) {
            String classId = input.members.get(i).classId();
            if (!classes.contains(classId)) {
                issues.add(ValidationIssue.error("$.members[" + input.memberIndex.get(i) + "].classId",
                        "api.simulation.unknownClass", classId));
            }
        }
        for (int i = 0; i < input.facts.size(); i++) {
            String itemId = input.facts.get(i).itemId();
            if (!items.contains(itemId)) {
                issues.add(ValidationIssue.error("$.facts[" + input.factIndex.get(i) + "].itemId",
                        "api.simulation.unknownItem", itemId));
            }
        }
        return issues;
    }
}
