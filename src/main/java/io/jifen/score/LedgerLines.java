package io.jifen.score;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads confirmed entries and review trails for the scores. Callers have scoped the member ids; entries of a range
 * are read by member through {@code ix_ledger_entry_member}.
 */
@Component
public class LedgerLines {

    private static final String COLUMNS = "id, member_id, item_id, option_code, value, count, entry_date, basis, "
            + "source, recorded_by, recorded_at, reverses_id, reason";

    private final JdbcClient jdbc;

    LedgerLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One decision of an entry's review trail. */
    public record ReviewLine(long entryId, String stepId, String decision, String reason, String decidedBy,
            java.time.Instant decidedAt) {
    }

    /** Confirmed entries (reversals included) of the members dated inside [from, to], by date then id. */
    public List<LedgerLine> confirmed(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from ledger_entry where member_id in (:ids) and status = 'CONFIRMED'"
                + " and entry_date between :from and :to order by entry_date, id")
                .param("ids", memberIds).param("from", from).param("to", to)
                .query((rs, n) -> read(rs)).list();
    }

    /** The review trail of each entry, in the order of decisions. */
    public Map<Long, List<ReviewLine>> reviews(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select entry_id, step_id, decision, reason, decided_by, decided_at from ledger_review "
                + "where entry_id in (:ids) order by decided_at, id").param("ids", entryIds)
                .query((rs, n) -> new ReviewLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list().stream().collect(Collectors.groupingBy(ReviewLine::entryId));
    }

    /** The entries that count: confirmed, neither a reversal nor reversed by one. */
    public static List<LedgerLine> counting(List<LedgerLine> lines) {
        var reversed = lines.stream().filter(LedgerLine::isReversal).map(LedgerLine::reverses)
                .collect(Collectors.toSet());
        return lines.stream().filter(l -> !l.isReversal() && !reversed.contains(l.id())).toList();
    }

    public static Map<Long, LedgerLine> byId(List<LedgerLine> lines) {
        return lines.stream().collect(Collectors.toMap(LedgerLine::id, Function.identity()));
    }

    private static LedgerLine read(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("recorded_at");
        return new LedgerLine(rs.getLong("id"), rs.getLong("member_id"), rs.getString("item_id"),
                rs.getString("option_code"), rs.getBigDecimal("value"), rs.getInt("count"),
                rs.getDate("entry_date").toLocalDate(), rs.getString("basis"), rs.getString("source"),
                rs.getString("recorded_by"), at.toInstant(), (Long) rs.getObject("reverses_id", Long.class),
                rs.getString("reason"));
    }
}
