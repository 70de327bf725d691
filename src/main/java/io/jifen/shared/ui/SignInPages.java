package io.jifen.shared.ui;

import io.jifen.security.EmbedProperties;
import io.jifen.security.FrameSignIn;
import io.jifen.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.security.SecureRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's own way in for a frame without a session: "please sign in" with the portal's name and a button that
 * signs in at top level — in a small popup window (the frame reloads by itself when it is done) or, when the browser
 * blocks popups, by a round trip of the whole portal page that comes back to it. Plain HTML outside Vaadin: it must
 * work before any session exists, and in a cross-site frame it hosts the token handoff script.
 */
@RestController
@Profile("!dev")
class SignInPages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Messages messages;
    private final EmbedProperties embed;
    private final RequestCache requests;

    SignInPages(Messages messages, EmbedProperties embed, RequestCache requests) {
        this.messages = messages;
        this.embed = embed;
        this.requests = requests;
    }

    @GetMapping(path = FrameSignIn.PAGE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signIn(HttpServletRequest request,
                                  @RequestParam(name = FrameSignIn.NEXT, required = false) String continueAt,
                                  @RequestParam(name = "failed", required = false) String failed,
                                  @RequestParam(name = "signed-out", required = false) String signedOut) {
        String next = FrameSignIn.continuePath(continueAt);
        if (signedIn() && signedOut == null) {
            return ResponseEntity.status(303).location(URI.create(request.getContextPath() + next)).build();
        }
        Locale locale = UiLanguage.chosen(request.getCookies());
        String portal = embed.portalName().isEmpty() ? text("sso.portal.default", locale) : embed.portalName();
        String title = text(signedOut != null ? "sso.signedOut.title" : "sso.signIn.title", locale);
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(title)).append("</h1><p>")
                .append(esc(text(signedOut != null ? "sso.signedOut.text" : "sso.signIn.text", locale, portal)))
                .append("</p>");
        if (failed != null) {
            body.append("<p class=\"jifen-sign-in-failed\" role=\"alert\">")
                    .append(esc(text("sso.signIn.failed", locale))).append("</p>");
        }
        if (embed.crossSite()) {
            body.append(handoff(request, next, portal, locale));
        } else {
            body.append(buttons(context, topLevelLink(request, next), signedOut != null, locale));
        }
        return page(locale, title, """
                <main id="jifen-sign-in-page" class="jifen-sign-in" data-continue="%s" data-popup="%s" \
                data-status="%s" data-top-level="%s" data-portal-origins="%s">%s</main>
                <script src="%s/sso/sign-in.js" defer></script>""".formatted(esc(context + next),
                esc(context + FrameSignIn.POPUP), esc(context + FrameSignIn.STATUS),
                esc(context + FrameSignIn.TOP_LEVEL), esc(String.join(" ", embed.portalOrigins())), body, context));
    }

    /** The whole-page round trip: back to the portal page that framed us when we know it, else to our own page. */
    private String topLevelLink(HttpServletRequest request, String next) {
        Object remembered = request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(FrameSignIn.PORTAL_PAGE);
        String portalPage = portalPage(remembered instanceof String page ? page : null);
        return request.getContextPath() + FrameSignIn.TOP_LEVEL + (portalPage != null
                ? "?return=" + urlEncode(portalPage) : "?" + FrameSignIn.NEXT + "=" + urlEncode(next));
    }

    private String buttons(String context, String topLevel, boolean again, Locale locale) {
        return """
                <p><button id="jifen-sign-in" type="button" class="jifen-sign-in-button">%s</button></p>
                <p class="jifen-sign-in-hint">%s</p>
                <p id="jifen-sign-in-waiting" class="jifen-sign-in-hint" role="status" hidden>%s</p>
                <p><a id="jifen-sign-in-here" href="%s" target="_top">%s</a></p>"""
                .formatted(esc(text(again ? "sso.signIn.again" : "sso.signIn.button", locale)),
                        esc(text("sso.signIn.newWindow", locale)), esc(text("sso.signIn.waiting", locale)),
                        esc(topLevel), esc(text("sso.signIn.here", locale)));
    }

    /** Cross-site: the portal hands the frame a token; the console's half of that protocol (docs/embedding-cross-site.md). */
    private String handoff(HttpServletRequest request, String next, String portal, Locale locale) {
        String nonce = HexFormat.of().formatHex(bytes(24));
        request.getSession().setAttribute(FrameSignIn.HANDOFF_NONCE, nonce);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String context = request.getContextPath();
        return """
                <p class="jifen-sign-in-hint">%s</p>
                <p id="jifen-handoff-status" role="status"></p>
                <script id="jifen-embed-handoff" src="%s/sso/embed-handoff.js" data-nonce="%s" \
                data-portal-origins="%s" data-token-url="%s/sso/embed-token" data-continue="%s" \
                data-csrf-header="%s" data-csrf-token="%s" defer></script>"""
                .formatted(esc(text("sso.signIn.crossSite", locale, portal)), esc(context), nonce,
                        esc(String.join(" ", embed.portalOrigins())), esc(context), esc(context + next),
                        esc(csrf == null ? "" : csrf.getHeaderName()), esc(csrf == null ? "" : csrf.getToken()));
    }

    /**
     * The popup's page: signed in → tell the frame that opened it, then close; not yet → Keycloak's login form at
     * top level, coming back here afterwards.
     */
    @GetMapping(path = FrameSignIn.POPUP, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> popup(HttpServletRequest request, HttpServletResponse response) {
        if (!signedIn()) {
            return signInFirst(request, response);
        }
        Locale locale = UiLanguage.chosen(request.getCookies());
        return page(locale, text("sso.popup.done", locale), """
                <main id="jifen-popup-done" class="jifen-sign-in"><p>%s</p><p class="jifen-sign-in-hint">%s</p></main>
                <script src="%s/sso/sign-in.js" defer></script>""".formatted(esc(text("sso.popup.done", locale)),
                esc(text("sso.popup.close", locale)), request.getContextPath()));
    }

    /** The round trip of the whole page: sign in at top level, then back to the portal page (or our own path). */
    @GetMapping(FrameSignIn.TOP_LEVEL)
    ResponseEntity<String> topLevel(HttpServletRequest request, HttpServletResponse response,
                                    @RequestParam(name = "return", required = false) String portalPage,
                                    @RequestParam(name = FrameSignIn.NEXT, required = false) String continueAt) {
        if (!signedIn()) {
            return signInFirst(request, response);
        }
        String target = portalPage(portalPage);
        return ResponseEntity.status(303).location(URI.create(target != null ? target
                : request.getContextPath() + FrameSignIn.continuePath(continueAt))).build();
    }

    @GetMapping(path = FrameSignIn.STATUS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Boolean>> status() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("signedIn", signedIn()));
    }

    private ResponseEntity<String> signInFirst(HttpServletRequest request, HttpServletResponse response) {
        requests.saveRequest(request, response);
        return ResponseEntity.status(303).location(URI.create(request.getContextPath() + FrameSignIn.AUTHORIZATION))
                .build();
    }

    /** Only a page of an allowed portal origin: anything else would make this an open redirect. */
    private String portalPage(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            return uri.getRawUserInfo() == null && embed.portalOrigins().contains(origin) ? uri.toString() : null;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private ResponseEntity<String> page(Locale locale, String title, String content) {
        String html = """
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s · %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/styles/jifen.css"></head>
                <body class="jifen-sign-in-body">%s</body></html>
                """.formatted(locale.getLanguage(), esc(title), esc(text("app.title", locale)), content);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(html);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private String text(String key, Locale locale, Object... params) {
        return messages.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
