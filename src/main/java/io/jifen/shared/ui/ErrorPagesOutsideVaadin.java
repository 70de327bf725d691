package io.jifen.shared.ui;

import io.jifen.shared.Messages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that never reach Vaadin's router (a missing static file, a failure in a filter) end at Spring's error page.
 * For browsers that page is ours, in the user's language, styled like the console, instead of the English
 * "Whitelabel Error Page". JSON clients are not affected: Spring only asks this resolver for HTML.
 */
@Component
class ErrorPagesOutsideVaadin implements ErrorViewResolver {

    private final Messages messages;

    ErrorPagesOutsideVaadin(Messages messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = UiLanguage.chosen(request.getCookies());
        String kind = switch (status) {
            case NOT_FOUND -> "notFound";
            case FORBIDDEN -> "denied";
            default -> "unexpected";
        };
        String title = text("error.page." + kind + ".title", locale);
        String body = text("error.page." + kind + ".text", locale);
        String html = """
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s · %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/styles/jifen.css"></head>
                <body style="margin:0;font-family:var(--lumo-font-family)"><div class="jifen-brand">%s</div>
                <div class="jifen-error-page"><div class="jifen-error-code">%d</div><h2>%s</h2><p>%s</p>
                <p><a href="/">%s</a></p></div></body></html>
                """.formatted(locale.getLanguage(), title, text("app.title", locale), text("app.title", locale),
                status.value(), title, body, text("error.page.home", locale));
        View view = (ignoredModel, req, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getTranslation(key, locale));
    }
}
