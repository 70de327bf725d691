package io.jifen.security;

import java.security.Principal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A call of /api/v1 with a Keycloak bearer token, mapped to our principal by {@link KeycloakClaimsMapper}. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final transient Jwt token;
    private final ApiPrincipal principal;

    ApiAuthentication(Jwt token) {
        super(KeycloakClaimsMapper.toUser(token.getClaims()).authorities());
        this.token = token;
        this.principal = new ApiPrincipal(KeycloakClaimsMapper.toUser(token.getClaims()));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.getName();
    }

    record ApiPrincipal(JifenUser jifenUser) implements HasJifenUser, Principal {
        @Override
        public String getName() {
            return jifenUser.username();
        }
    }
}
