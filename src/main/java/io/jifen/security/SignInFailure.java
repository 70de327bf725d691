package io.jifen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Keycloak came back without a user. After {@code prompt=none} that means the browser has no SSO session (never
 * signed in at the portal, or signed out there): any console session of this browser ends too — it belonged to
 * that SSO session, or to one before it — and the frame shows the console's sign-in page, which continues where
 * the user wanted to go.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFailure.class);
    /** OpenID Connect Core 3.1.2.6: the answers of {@code prompt=none} that only mean "a person must act". */
    private static final Set<String> NEEDS_THE_USER = Set.of("login_required", "interaction_required",
            "consent_required", "account_selection_required");

    private final RequestCache requests;

    SignInFailure(RequestCache requests) {
        this.requests = requests;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        SavedRequest saved = requests.getRequest(request, response);
        String continuePath = FrameSignIn.continuePath(saved == null ? null : saved.getRedirectUrl());
        HttpSession session = request.getSession(false);
        Object portalPage = session == null ? null : session.getAttribute(FrameSignIn.PORTAL_PAGE);
        if (session != null) {
            session.invalidate();
        }
        if (portalPage != null) {
            request.getSession().setAttribute(FrameSignIn.PORTAL_PAGE, portalPage);
        }
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        boolean failed = !NEEDS_THE_USER.contains(code);
        if (failed) {
            LOG.warn("Sign-in through Keycloak failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + FrameSignIn.pageUrl(continuePath, failed ? "failed" : null));
    }
}
