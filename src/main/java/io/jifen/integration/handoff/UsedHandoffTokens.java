package io.jifen.integration.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code jti} of every handed-over token until it expires (table {@code embed_token_use}): the primary key
 * makes a second use fail in the database, so a replay is refused across all console instances at once.
 */
@Component
class UsedHandoffTokens {

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    UsedHandoffTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the token; false when it was recorded before (a replay). Expired records are dropped first. */
    boolean firstUse(String jti, Instant expiresAt) {
        jdbc.update("delete from embed_token_use where expires_at < ?", Timestamp.from(clock.instant()));
        try {
            jdbc.update("insert into embed_token_use (jti, expires_at) values (?, ?)", jti, Timestamp.from(expiresAt));
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }
}
