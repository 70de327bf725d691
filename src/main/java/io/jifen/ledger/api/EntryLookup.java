package io.jifen.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Entries by their OA idempotency key, only under the caller's subtree (scope is part of the query). */
@Component
@Transactional(readOnly = true)
class EntryLookup {

    private final JdbcClient jdbc;

    EntryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry as the OA system sees it. */
    record Found(String key, long id, long memberId, String item, String option, BigDecimal value, int count,
            LocalDate date, String status, String source) {
    }

    List<Found> byKeys(String path, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select idempotency_key, id, member_id, item_id, option_code, value, count, entry_date, "
                        + "status, source from ledger_entry where org_path like :path and idempotency_key in (:keys) "
                        + "order by id")
                .param("path", path + "%").param("keys", keys)
                .query((rs, n) -> new Found(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getString(10)))
                .list();
    }
}
