package io.jifen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Keycloak sessions that ended, as told by Keycloak's back-channel logout. Kept in the database so that every
 * replica ends its console sessions, whichever pod Keycloak's call reached.
 */
@Component
class SsoLogouts {

    /** Longer than a Keycloak SSO session may live (realm: ssoSessionMaxLifespan 10 h). */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    SsoLogouts(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    SsoLogouts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A logout names the Keycloak session ({@code sid}), or only the user ({@code sub}): then all of theirs. */
    void record(String ssoSession, String subject) {
        // each logout also forgets the ones older than any Keycloak session: no scheduler needed for that
        jdbc.sql("delete from sso_logout where logged_out_at < ?").param(utc(clock.instant().minus(KEPT))).update();
        jdbc.sql("insert into sso_logout (sso_session, subject, logged_out_at) values (?, ?, ?)")
                .params(ssoSession, ssoSession == null ? subject : null, utc(clock.instant())).update();
    }

    /** Whether the Keycloak session behind a console sign-in made at {@code signedInAt} has ended since. */
    boolean ended(SsoSession session, Instant signedInAt) {
        return session.ssoSessionId()
                .map(sid -> jdbc.sql("select count(*) from sso_logout where sso_session = ?").param(sid))
                .map(q -> q.query(Long.class).single() > 0).orElse(false)
                || jdbc.sql("select count(*) from sso_logout where subject = ? and logged_out_at >= ?")
                .params(session.subject(), utc(signedInAt)).query(Long.class).single() > 0;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
