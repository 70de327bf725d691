package io.jifen.scheme.api;

import io.jifen.scheme.SchemeCheck;
import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.validation.Severity;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Runs the engine on a scheme document and sample data without storing anything: body {@code {scheme, parent?,
 * members, facts, year | from + to}} → the full, explained results plus the scheme's
 * warnings. Every error of the request is
 * reported at once. For admins and secretaries only, within {@link SimulationLimits}.
 */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SimulationAnswer simulate(@RequestBody byte[] bytes, java.security.Principal principal, Locale locale) {
        JifenUser user = CurrentUser.of(principal);
        if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARY)) {
            throw new AccessDeniedException("simulations are for admins and secretaries");
        }
        JsonNode body = StrictJson.read(bytes);
        if (!body.isObject()) {
            throw new SchemeRejectedException(new ValidationReport(List.of(
                    ValidationIssue.error("$", "api.json.object"))));
        }
        checkSize(body.path("members").size(), body.path("facts").size());
        List<ValidationIssue> issues = new ArrayList<>();
        SchemeVersion parent = null;
        if (body.hasNonNull("parent")) {
            SchemeCheck.Checked checkedParent = SchemeCheck.check(body.get("parent").toString(), null, "$.parent");
            issues.addAll(checkedParent.report().errors());
            parent = checkedParent.scheme();
        }
        SchemeCheck.Checked checked = null;
        if (!body.hasNonNull("scheme")) {
            issues.add(ValidationIssue.error("$.scheme", "api.simulation.schemeRequired"));
        } else {
            checked = SchemeCheck.check(body.get("scheme").toString(), parent, "$.scheme");
            issues.addAll(checked.report().errors());
        }
        SchemeVersion scheme = checked == null ? null : checked.scheme();
        SimulationInput input = SimulationInput.read(body);
        input.errors.forEach(e -> issues.add(new ValidationIssue(Severity.ERROR, e.path(), e.messageKey(),
                e.arguments())));
        SchemeVersion effective = scheme == null || parent == null ? scheme
                : SchemeResolver.resolve(parent, scheme).effective();
        Period period = null;
        if (effective != null) {
            checkCategories(input.members.size(), effective.categories().size());
            issues.addAll(SimulationReferences.check(effective, input));
            period = period(effective.periodRule(), input, issues);
        }
        if (!issues.isEmpty()) {
            throw new SchemeRejectedException(new ValidationReport(issues));
        }
        return new SimulationAnswer(ScoringEngine.evaluate(effective, input.members, input.facts, period),
                SchemeProblems.render(checked.report().warnings(), locale));
    }

    /**
     * The evaluated range: {@code from} / {@code to} months as given, or the evaluation year that starts in
     * {@code year} (the calendar year unless the scheme starts its year in another month). It must consist of whole
     * assessed periods; an input error was already reported when neither could be read.
     */
    private static Period period(PeriodRule rule, SimulationInput input, List<ValidationIssue> issues) {
        if (input.from == null && input.to == null && input.year == 0) {
            return null;
        }
        if (input.from == null || input.to == null) {
            return input.from == null && input.to == null ? rule.evaluationYear(input.year) : null;
        }
        Period range = new Period(input.from.atDay(1), input.to.atEndOfMonth());
        try {
            rule.assessedUnit().split(range, rule.yearStartMonth());
            return range;
        } catch (IllegalArgumentException e) {
            issues.add(ValidationIssue.error("$.from", "api.simulation.rangeNotOnUnit", rule.assessedUnit(),
                    rule.yearStartMonth()));
            return null;
        }
    }

    /** Before anything is read in detail: the figures alone decide whether the request is too large. */
    private static void checkSize(int members, int facts) {
        if (members > SimulationLimits.MAX_MEMBERS) {
            throw new SimulationTooLargeException("$.members", "api.simulation.tooManyMembers", members,
                    SimulationLimits.MAX_MEMBERS);
        }
        if (facts > SimulationLimits.MAX_FACTS) {
            throw new SimulationTooLargeException("$.facts", "api.simulation.tooManyFacts", facts,
                    SimulationLimits.MAX_FACTS);
        }
        if ((long) members * facts > SimulationLimits.MAX_MEMBERS_TIMES_FACTS) {
            throw new SimulationTooLargeException("$.facts", "api.simulation.membersTimesFacts", members, facts,
                    SimulationLimits.MAX_MEMBERS_TIMES_FACTS);
        }
    }

    private static void checkCategories(int members, int categories) {
        if ((long) members * categories > SimulationLimits.MAX_MEMBERS_TIMES_CATEGORIES) {
            throw new SimulationTooLargeException("$.members", "api.simulation.membersTimesCategories", members,
                    categories, SimulationLimits.MAX_MEMBERS_TIMES_CATEGORIES);
        }
    }
}
