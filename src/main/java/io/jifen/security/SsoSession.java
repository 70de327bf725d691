package io.jifen.security;

import java.util.Optional;

/**
 * A console sign-in that came from a Keycloak session: logout at Keycloak (back-channel) names that session by its
 * {@code sid}, or the user by {@code sub}, and every console session signed in from it must end.
 */
public interface SsoSession {

    /** Keycloak's session id ({@code sid} claim), when the token carried one. */
    Optional<String> ssoSessionId();

    /** Keycloak's user id ({@code sub} claim). */
    String subject();
}
