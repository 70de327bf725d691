package io.jifen.scheme.api;

import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.shared.Messages;
import java.net.URI;
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

    private final Messages messages;

    SchemeProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SchemeRejectedException.class)
    ProblemDetail rejected(SchemeRejectedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getTranslation("api.error.invalidInput", locale, e.report().errors().size()));
        problem.setType(URI.create("https://jifen.io/problems/invalid-input"));
        problem.setProperty("errors", render(e.report().errors(), locale));
        problem.setProperty("warnings", render(e.report().warnings(), locale));
        return problem;
    }

    @ExceptionHandler(SimulationTooLargeException.class)
    ProblemDetail tooLarge(SimulationTooLargeException e, Locale locale) {
        SimulationTooLargeException.Limit limit = e.limit();
        String message = messages.getTranslation(limit.key(), locale, limit.arguments().toArray());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
        problem.setType(URI.create("https://jifen.io/problems/simulation-too-large"));
        problem.setProperty("errors", List.of(Map.of("path", limit.path(), "message", message)));
        return problem;
    }

    static List<Map<String, String>> render(List<ValidationIssue> issues, Locale locale) {
        return issues.stream().map(i -> Map.of("path", i.path(), "code", i.key(),
                "message", ValidationMessages.format(i, locale))).toList();
    }
}
