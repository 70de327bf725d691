package io.jifen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session lives no longer than the Keycloak session it came from.
 * <ul>
 *   <li>Keycloak's back-channel logout recorded the end of that session ({@link SsoLogouts}): the console session
 *   ends at its next request — a click, a page load or Vaadin's heartbeat — and the request goes on as anonymous
 *   (a page load then meets the sign-in flow; Vaadin's own requests learn that the session expired and reload).</li>
 *   <li>A page load inside the portal's frame asks Keycloak again ({@code prompt=none}) when the last answer is older
 *   than {@link #RECHECK_AFTER}: if the portal signed out or another person signed in, and the back-channel call
 *   never arrived, the frame still never shows the previous user's data.</li>
 * </ul>
 * Not for cross-site frames: Keycloak's cookies do not reach them, so the re-check would always fail; they rely on
 * the back-channel logout alone.
 */
final class EndedSsoSessionFilter extends OncePerRequestFilter {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    /** How often one session looks at the logout table; bounds the database work of busy sessions. */
    static final Duration LOOK_EVERY = Duration.ofSeconds(2);
    private static final String LOOKED_AT = "jifen.sso.logout-looked-at";

    private final SsoLogouts logouts;
    private final RequestCache requests;
    private final boolean recheckFrames;
    private final Clock clock;

    EndedSsoSessionFilter(SsoLogouts logouts, RequestCache requests, EmbedProperties embed, Clock clock) {
        this.logouts = logouts;
        this.requests = requests;
        this.recheckFrames = !embed.crossSite();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read per request: Vaadin installs its own strategy after this filter is built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        HttpSession session = request.getSession(false);
        Authentication auth = session == null ? null : contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SsoSession sso) {
            Instant now = clock.instant();
            if (endedAtKeycloak(session, sso, now)) {
                session.invalidate();
                contexts.clearContext();
            } else if (recheckFrames && FrameSignIn.isFramedNavigation(request) && "GET".equals(request.getMethod())
                    && !FrameSignIn.isSignInFlow(FrameSignIn.pathOf(request))
                    && olderThan(session.getAttribute(SsoSessionStrategy.CHECKED_AT), now)) {
                requests.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + FrameSignIn.AUTHORIZATION);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean endedAtKeycloak(HttpSession session, SsoSession sso, Instant now) {
        Object looked = session.getAttribute(LOOKED_AT);
        if (looked instanceof Instant at && at.plus(LOOK_EVERY).isAfter(now)) {
            return false;
        }
        session.setAttribute(LOOKED_AT, now);
        Object signedIn = session.getAttribute(SsoSessionStrategy.SIGNED_IN_AT);
        Instant signedInAt = signedIn instanceof Instant at ? at : Instant.ofEpochMilli(session.getCreationTime());
        return logouts.ended(sso, signedInAt);
    }

    private static boolean olderThan(Object checkedAt, Instant now) {
        return !(checkedAt instanceof Instant at) || at.plus(RECHECK_AFTER).isBefore(now);
    }
}
