package io.jifen.integration.handoff;

import io.jifen.security.JifenUser;
import io.jifen.security.KeycloakClaimsMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs the frame in as the user of an accepted token: the user mapped once from the claims, then a new session that
 * keeps nothing of the old one (no fixation, no CSRF token and no Vaadin UI of a previous user in this frame), the
 * security context kept in it.
 */
@Component
class HandoffSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    void signIn(Jwt token, HttpServletRequest request, HttpServletResponse response) {
        JifenUser user = KeycloakClaimsMapper.toUser(token.getClaims());
        var principal = new HandoffPrincipal(user, token.getSubject(), token.getClaimAsString("sid"));
        var authentication = new PreAuthenticatedAuthenticationToken(principal, null, user.authorities());
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        request.getSession(true);
        // read per call: Vaadin installs its own strategy after this bean is made
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
