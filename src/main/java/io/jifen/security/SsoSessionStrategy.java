package io.jifen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * What a sign-in does to the HTTP session. A new person (or the first sign-in) gets a new session that keeps
 * nothing of the old one but Spring Security's saved request: no Vaadin UI of a previous user survives into it. A
 * silent re-check of the same person ({@link EndedSsoSessionFilter}) keeps the session, so the console's other
 * open tabs keep working. Either way the session remembers when Keycloak last vouched for it.
 */
final class SsoSessionStrategy implements SessionAuthenticationStrategy {

    static final String SIGNED_IN_AT = "jifen.sso.signed-in-at";
    static final String CHECKED_AT = "jifen.sso.checked-at";

    private final SessionFixationProtectionStrategy fresh = new SessionFixationProtectionStrategy();
    private final Clock clock;

    SsoSessionStrategy(Clock clock) {
        this.clock = clock;
        fresh.setMigrateSessionAttributes(false);
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        HttpSession before = request.getSession(false);
        String subjectBefore = before == null ? null : subject(before);
        boolean samePerson = subjectBefore != null && authentication.getPrincipal() instanceof SsoSession now
                && subjectBefore.equals(now.subject());
        if (!samePerson) {
            fresh.onAuthentication(authentication, request, response);
        }
        HttpSession session = request.getSession();
        Instant now = clock.instant();
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(CHECKED_AT, now);
    }

    private static String subject(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext sc && sc.getAuthentication() != null
                && sc.getAuthentication().getPrincipal() instanceof SsoSession sso ? sso.subject() : null;
    }
}
