package io.jifen.integration.handoff;

import io.jifen.security.JifenUser;
import io.jifen.security.KeycloakClaimsMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs the frame's session in as the user of an accepted token, the way a login form would: the user mapped once
 * from the claims, a new session id (no fixation), a new CSRF token, the security context kept in the session.
 */
@Component
class HandoffSignIn {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    void signIn(Jwt token, HttpServletRequest request, HttpServletResponse response) {
        JifenUser user = KeycloakClaimsMapper.toUser(token.getClaims());
        var principal = new HandoffPrincipal(user, token.getSubject(), token.getClaimAsString("sid"));
        var authentication = new PreAuthenticatedAuthenticationToken(principal, null, user.authorities());
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
