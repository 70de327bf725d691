package io.jifen.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user a service call acts for, as the audit records it. Services receive the acting user explicitly (views,
 * API controllers and jobs pass it), and {@link ActingUserAdvisor} binds it here for the length of the call — the
 * transaction's commit included, where auditing and Envers actually stamp the rows. Reading the thread-bound
 * security context instead recorded "system" (or a stale user) for every call whose user came from elsewhere.
 */
public final class ActingUser {

    /** What rows written without any user (Liquibase demo data, startup work) record. */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<JifenUser> BOUND = new ThreadLocal<>();

    private ActingUser() {
    }

    /** The user bound by the service call in progress on this thread, if any. */
    public static Optional<JifenUser> current() {
        return Optional.ofNullable(BOUND.get());
    }

    /**
     * The login name to record for a write: the acting user of the service call, else the signed-in user of the
     * thread (a write outside the services), else {@link #SYSTEM}.
     */
    public static String auditName() {
        JifenUser acting = BOUND.get();
        if (acting != null) {
            return acting.username();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }

    /** Binds {@code user} until the returned scope is closed, then restores what was bound before (nested calls). */
    static Scope bind(JifenUser user) {
        JifenUser previous = BOUND.get();
        BOUND.set(user);
        return () -> {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        };
    }

    /** A binding to close. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
