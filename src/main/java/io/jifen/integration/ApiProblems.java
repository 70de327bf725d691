package io.jifen.integration;

import io.jifen.shared.ApiProblemResponses;
import io.jifen.shared.ConflictException;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals of the API into RFC 9457 {@code application/problem+json}, translated into the caller's language
 * (Accept-Language; Chinese by default). Invalid input lists every error with its JSON path. Spring MVC's own
 * refusals (405, 406, 415, a body it cannot read…) get the same shape through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private final ApiProblemResponses problems;

    ApiProblems(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "api.error.invalidInput",
                locale, e.errors().size());
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("path", error.path(),
                "message", problems.text(error.messageKey(), locale, error.arguments().toArray()))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail duplicate(ConflictException e, Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", e.messageKey(), locale, e.arguments());
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e, Locale locale) {
        return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused", e.messageKey(), locale, e.arguments());
    }

    /** A unique key hit by a concurrent request (two imports of one code at once): the loser gets 409, not 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail clash(Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", "error.integrity", locale);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail conflict(Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", "error.conflict", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, "access-denied", "error.accessDenied", locale);
    }

    /** A body cut off by the size limit reaches us as an unreadable message: answer 413, not 400. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (BodyTooLargeException.causedBy(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "api.body.tooLarge",
                            locale, ApiRequestFilter.MAX_BODY_MB));
        }
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unreadable", "api.error.unreadable", locale);
        problem.setProperty("errors", List.of(Map.of("path", "$", "message",
                problems.text("api.error.unreadable", locale))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Every other MVC refusal (404, 405, 406, 415…): the standard problem, its detail in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.forStatus(status, LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).headers(headers).body(problem);
    }
}
