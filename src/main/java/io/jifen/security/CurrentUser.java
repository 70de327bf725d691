package io.jifen.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user from the security context; views pass it on to services. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<JifenUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasJifenUser principal) {
            return Optional.of(principal.jifenUser());
        }
        return Optional.empty();
    }

    public static JifenUser require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
