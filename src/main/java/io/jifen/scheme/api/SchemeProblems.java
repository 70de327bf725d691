package io.jifen.scheme.api;

import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.shared.ApiProblemResponses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected scheme request as problem+json: every error (and, for information, every warning) with its path; a
 * simulation over its limits as 413.
 */
@RestControllerAdvice(basePackageClasses = SchemeProblems.class)
class SchemeProblems {

    private final ApiProblemResponses problems;

    SchemeProblems(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SchemeRejectedException.class)
    ProblemDetail rejected(SchemeRejectedException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "api.error.invalidInput",
                locale, e.report().errors().size());
        problem.setProperty("errors", render(e.report().errors(), locale));
        problem.setProperty("warnings", render(e.report().warnings(), locale));
        return problem;
    }

    @ExceptionHandler(SimulationTooLargeException.class)
    ProblemDetail tooLarge(SimulationTooLargeException e, Locale locale) {
        SimulationTooLargeException.Limit limit = e.limit();
        ProblemDetail problem = problems.problem(HttpStatus.CONTENT_TOO_LARGE, "simulation-too-large", limit.key(),
                locale, limit.arguments().toArray());
        problem.setProperty("errors", List.of(Map.of("path", limit.path(), "message", problem.getDetail())));
        return problem;
    }

    static List<Map<String, String>> render(List<ValidationIssue> issues, Locale locale) {
        return issues.stream().map(i -> Map.of("path", i.path(), "code", i.key(),
                "message", ValidationMessages.format(i, locale))).toList();
    }
}
