package io.jifen.integration.handoff;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * Test stand-in for the frame's sign-in page in cross-site mode, until the real one ({@code GET /sso/sign-in}) is
 * merged: the exact markup the agreed design gives that page, at {@link #PATH}, with the nonce kept in the session
 * attribute the token endpoint reads. Runs behind Spring Security, which provides the CSRF token.
 */
final class SignInPageStandIn {

    static final String PATH = "/sso/test-sign-in";

    private SignInPageStandIn() {
    }

    static FilterRegistrationBean<Filter> registration(String portalOrigins) {
        Filter page = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (!PATH.equals(http.getRequestURI())) {
                chain.doFilter(request, response);
                return;
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            http.getSession(true).setAttribute(EmbedTokenController.NONCE_ATTRIBUTE, nonce);
            CsrfToken csrf = (CsrfToken) http.getAttribute(CsrfToken.class.getName());
            String target = http.getParameter("continue") == null ? "/" : http.getParameter("continue");
            String html = """
                    <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>积分系统</title></head>
                    <body><h1>积分系统</h1>
                    <p id="jifen-handoff-status" role="status"></p>
                    <script id="jifen-embed-handoff" src="/sso/embed-handoff.js" data-nonce="%s" \
                    data-portal-origins="%s" data-token-url="/sso/embed-token" data-continue="%s" \
                    data-csrf-header="%s" data-csrf-token="%s" defer></script>
                    </body></html>""".formatted(nonce, HtmlUtils.htmlEscape(portalOrigins),
                    HtmlUtils.htmlEscape(target), csrf.getHeaderName(), csrf.getToken());
            HttpServletResponse out = (HttpServletResponse) response;
            out.setContentType("text/html;charset=UTF-8");
            out.setHeader("Cache-Control", "no-store");
            out.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(page);
        registration.setOrder(0); // after Spring Security's chain (-100)
        return registration;
    }
}
