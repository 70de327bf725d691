package io.jifen.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every API refusal: RFC 9457 {@code application/problem+json}, its detail in the caller's language
 * (Accept-Language among the languages we speak, Chinese by default). Used by Spring MVC's advice and by what
 * refuses a request before MVC sees it (security, the request filter), so both answer alike.
 */
@Component
public class ApiProblemResponses {

    public static final String TYPE_BASE = "https://jifen.io/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;
    private final AcceptHeaderLocaleResolver locales = localeResolver();

    public ApiProblemResponses(Messages messages) {
        this.messages = messages;
    }

    /** Accept-Language among Chinese and English; without one (or another language) Chinese. */
    public static AcceptHeaderLocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Messages.CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Messages.CHINESE);
        return resolver;
    }

    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getTranslation(key, locale, arguments);
    }

    /** A problem whose detail is the bundle's text for {@code key}; {@code type} names it under {@link #TYPE_BASE}. */
    public ProblemDetail problem(HttpStatusCode status, String type, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, locale, arguments));
        problem.setType(URI.create(TYPE_BASE + type));
        String title = text("api.title." + status.value(), locale);
        if (!title.startsWith("!")) {
            problem.setTitle(title);
        }
        return problem;
    }

    /** The standard problem of a bare HTTP status (404, 405, 413…), detail from {@code api.status.<code>}. */
    public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String type = known == null ? "status-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String key = "api.status." + status.value();
        String detail = text(key, locale);
        return problem(status, type, detail.startsWith("!") ? "api.status.other" : key, locale, status.value());
    }

    /** Writes a problem straight to the servlet response (for refusals outside Spring MVC). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }
}
