package io.jifen.security;

import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An OIDC login that also carries the mapped {@link JifenUser}. */
final class JifenOidcUser extends DefaultOidcUser implements HasJifenUser, SsoSession {

    private final JifenUser user;

    JifenOidcUser(JifenUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.authorities(), idToken, userInfo, "preferred_username");
        this.user = user;
    }

    @Override
    public JifenUser jifenUser() {
        return user;
    }

    @Override
    public Optional<String> ssoSessionId() {
        return Optional.ofNullable(getIdToken().getClaimAsString("sid"));
    }

    @Override
    public String subject() {
        return getIdToken().getSubject();
    }
}
