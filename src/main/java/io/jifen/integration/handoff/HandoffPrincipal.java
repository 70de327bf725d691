package io.jifen.integration.handoff;

import io.jifen.security.HasJifenUser;
import io.jifen.security.JifenUser;
import io.jifen.security.SsoSession;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A frame signed in by a token its cross-site portal handed over. {@code sid} and {@code sub} come from that token,
 * so back-channel logout of the Keycloak session ends this console session like an OIDC sign-in.
 */
record HandoffPrincipal(JifenUser jifenUser, String subject, String sid)
        implements HasJifenUser, SsoSession, AuthenticatedPrincipal, Serializable {

    @Override
    public Optional<String> ssoSessionId() {
        return Optional.ofNullable(sid);
    }

    @Override
    public String getName() {
        return jifenUser.username();
    }
}
