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

    /**
     * The user behind a request's principal. Controllers use this rather than the thread-bound context: the
     * principal is what the request's own filter chain authenticated.
     */
    public static JifenUser of(java.security.Principal principal) {
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof HasJifenUser user) {
            return user.jifenUser();
        }
        throw new org.springframework.security.access.AccessDeniedException("not signed in");
    }

    public static JifenUser require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
