package io.jifen.integration;

import io.jifen.shared.InvalidInputException;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals of the API into RFC 9457 {@code application/problem+json}, translated into the caller's language
 * (Accept-Language; Chinese by default). Invalid input lists every error with its JSON path.
 */
@RestControllerAdvice
class ApiProblems {

    private final Messages messages;

    ApiProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.getTranslation("api.error.invalidInput", locale, e.errors().size()));
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("path", error.path(),
                "message", messages.getTranslation(error.messageKey(), locale, error.arguments().toArray()))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable",
                messages.getTranslation("api.error.unreadable", locale));
        problem.setProperty("errors", List.of(Map.of("path", "$", "message",
                messages.getTranslation("api.error.unreadable", locale))));
        return problem;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused",
                messages.getTranslation(e.messageKey(), locale, e.arguments()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", messages.getTranslation("error.conflict", locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "access-denied", messages.getTranslation("error.accessDenied", locale));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://jifen.io/problems/" + type));
        return problem;
    }
}
