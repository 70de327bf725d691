package io.jifen.exchange;

import io.jifen.exchange.Redemption.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Redemptions read from their append-only rows: a REDEEM row joined with the row that closed it, if any. Scope is
 * always part of the query (a member id the caller may read, or a managed subtree).
 */
@Component
class RedemptionQueries {

    private static final String SELECT = "select r.id, r.member_id, m.name, o.name, r.gift_id, g.name, r.points, "
            + "r.period_start, r.period_end, r.acted_by, r.acted_at, c.kind, c.acted_by, c.acted_at, c.note "
            + "from exchange_redemption r join member m on m.id = r.member_id "
            + "join organization o on o.id = m.organization_id join exchange_gift g on g.id = r.gift_id "
            + "left join exchange_redemption c on c.closes_id = r.id where r.kind = 'REDEEM' ";

    private final JdbcClient jdbc;

    RedemptionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Redemption> ofMember(long memberId) {
        return jdbc.sql(SELECT + "and r.member_id = ? order by r.acted_at desc, r.id desc").param(memberId)
                .query(RedemptionQueries::row).list();
    }

    Optional<Redemption> one(String path, long id) {
        return jdbc.sql(SELECT + "and r.id = ? and r.org_path like concat(?, '%')").params(id, path)
                .query(RedemptionQueries::row).optional();
    }

    List<Redemption> within(String path, RedemptionFilter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(path, f, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " order by r.acted_at desc, r.id desc limit ? offset ?").params(params)
                .query(RedemptionQueries::row).list();
    }

    int count(String path, RedemptionFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(path, f, params);
        return jdbc.sql("select count(*) from exchange_redemption r join exchange_gift g on g.id = r.gift_id "
                + "left join exchange_redemption c on c.closes_id = r.id where r.kind = 'REDEEM' " + where)
                .params(params).query(Integer.class).single();
    }

    private static String where(String path, RedemptionFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("and r.org_path like concat(?, '%')");
        params.add(path);
        if (f.state() != null) {
            sql.append(switch (f.state()) {
                case OPEN -> " and c.id is null";
                case FULFILLED -> " and c.kind = 'FULFIL'";
                case CANCELLED -> " and c.kind = 'CANCEL'";
            });
        }
        if (f.giftName() != null && !f.giftName().isBlank()) {
            sql.append(" and g.name like concat('%', ?, '%')");
            params.add(f.giftName().strip());
        }
        return sql.toString();
    }

    private static Redemption row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString(12);
        State state = kind == null ? State.OPEN : kind.equals("FULFIL") ? State.FULFILLED : State.CANCELLED;
        return new Redemption(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(),
                rs.getString(10), utc(rs.getTimestamp(11)), state, rs.getString(13), utc(rs.getTimestamp(14)),
                rs.getString(15));
    }

    /** Times are stored as UTC wall-clock values. */
    private static Instant utc(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
