package io.jifen.testsupport;

import io.jifen.security.HasJifenUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo users (see application-dev.yml) as the tests need them. */
public final class TestUsers {

    public static final JifenUser QS_ADMIN = user("qs.admin", "QS", Role.ADMIN);
    public static final JifenUser QS01_SECRETARY = user("qs01.secretary", "QS-01", Role.SECRETARY);
    public static final JifenUser QS02_SECRETARY = user("qs02.secretary", "QS-02", Role.SECRETARY);
    public static final JifenUser QS_MEMBER = user("qs.member", "QS-01", Role.MEMBER);
    public static final JifenUser HN_ADMIN = user("hn.admin", "HN", Role.ADMIN);
    public static final JifenUser HN01_SECRETARY = user("hn01.secretary", "HN-01", Role.SECRETARY);

    private TestUsers() {
    }

    public static JifenUser user(String username, String orgCode, Role... roles) {
        return new JifenUser(username, username, orgCode, Set.of(roles), List.of());
    }

    /** Signs the user in on this thread, as the login filters would. */
    public static Authentication signIn(JifenUser user) {
        Authentication auth = new UsernamePasswordAuthenticationToken(new TestPrincipal(user), null,
                user.authorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    record TestPrincipal(JifenUser jifenUser) implements HasJifenUser, Principal {
        @Override
        public String getName() {
            return jifenUser.username();
        }
    }
}
