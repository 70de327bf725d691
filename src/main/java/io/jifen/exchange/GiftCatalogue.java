package io.jifen.exchange;

import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gift catalogue (礼品目录) per unit: an admin or secretary keeps the gifts of the subtree they manage, every
 * creation and change audited; a member sees the gifts of their unit and the units above it that are active today.
 * Stock is changed here only by an edit with the version read (a redemption bumps the version, so a stale edit
 * cannot undo a redemption's decrement).
 */
@Service
@Transactional
public class GiftCatalogue {

    static final String SELECT = "select g.id, g.version, g.organization_id, g.org_path, o.name, g.name, g.points, "
            + "g.stock, g.active_from, g.active_to, g.enabled from exchange_gift g join organization o "
            + "on o.id = g.organization_id ";

    private final JdbcClient jdbc;
    private final ExchangeReach reach;
    private final Clock clock;

    GiftCatalogue(JdbcClient jdbc, ExchangeReach reach, Clock clock) {
        this.jdbc = jdbc;
        this.reach = reach;
        this.clock = clock;
    }

    /** One page of the gifts the user keeps, latest window first; empty for a plain member. */
    @Transactional(readOnly = true)
    public List<Gift> managed(JifenUser user, int offset, int limit) {
        return reach.managedPath(user).map(path -> jdbc.sql(SELECT + "where g.org_path like concat(?, '%') "
                + "order by g.active_to desc, g.name, g.id limit ? offset ?").params(path, limit, offset)
                .query(GiftCatalogue::gift).list()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public int countManaged(JifenUser user) {
        return reach.managedPath(user).map(path -> jdbc.sql("select count(*) from exchange_gift "
                + "where org_path like concat(?, '%')").param(path).query(Integer.class).single()).orElse(0);
    }

    /** The gifts serving the member's unit (defined at it or above) that can be redeemed on {@code day}. */
    @Transactional(readOnly = true)
    public List<Gift> serving(Member m, LocalDate day) {
        return jdbc.sql(SELECT + "where ? like concat(g.org_path, '%') and g.enabled "
                        + "and ? between g.active_from and g.active_to order by g.points, g.name, g.id")
                .params(m.getOrganization().getPath(), day).query(GiftCatalogue::gift).list();
    }

    /** The gift if it serves the member (the member's reach was checked by the caller). */
    @Transactional(readOnly = true)
    public Optional<Gift> serving(Member m, long giftId) {
        return jdbc.sql(SELECT + "where g.id = ? and ? like concat(g.org_path, '%')")
                .params(giftId, m.getOrganization().getPath()).query(GiftCatalogue::gift).optional();
    }

    /**
     * Creates or changes a gift of a unit the user manages.
     *
     * @throws InvalidInputException every problem of the draft, at its field
     * @throws ConflictException     the gift changed since it was read (another edit or a redemption)
     */
    public Gift save(JifenUser user, GiftDraft d) {
        String managed = reach.requireManaged(user);
        check(d);
        Organization unit = reach.unit(user, d.organizationId());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long id;
        if (d.id() == null) {
            jdbc.sql("insert into exchange_gift (organization_id, org_path, name, points, stock, active_from, "
                    + "active_to, enabled, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(unit.getId(), unit.getPath(), d.name().strip(), d.points(), d.stock(), d.activeFrom(),
                            d.activeTo(), d.enabled(), user.username(), now).update();
            id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        } else {
            id = d.id();
            int changed = jdbc.sql("update exchange_gift set organization_id = ?, org_path = ?, name = ?, points = ?, "
                    + "stock = ?, active_from = ?, active_to = ?, enabled = ?, modified_by = ?, modified_at = ?, "
                    + "version = version + 1 where id = ? and version = ? and org_path like concat(?, '%')")
                    .params(unit.getId(), unit.getPath(), d.name().strip(), d.points(), d.stock(), d.activeFrom(),
                            d.activeTo(), d.enabled(), user.username(), now, id, d.version(), managed).update();
            if (changed == 0) {
                throw exists(id, managed) ? new ConflictException("exchange.error.conflict")
                        : ExchangeReach.notFound();
            }
        }
        audit(id, unit.getPath(), d.id() == null ? "CREATE" : "UPDATE", d, user, now);
        return jdbc.sql(SELECT + "where g.id = ?").param(id).query(GiftCatalogue::gift).single();
    }

    private boolean exists(long id, String managed) {
        return jdbc.sql("select count(*) from exchange_gift where id = ? and org_path like concat(?, '%')")
                .params(id, managed).query(Integer.class).single() > 0;
    }

    private void audit(long giftId, String path, String action, GiftDraft d, JifenUser user, LocalDateTime now) {
        String details = String.join("|", d.name().strip(), d.points().toPlainString(), d.stock().toString(),
                d.activeFrom().toString(), d.activeTo().toString(), Boolean.toString(d.enabled()));
        jdbc.sql("insert into exchange_gift_audit (gift_id, org_path, action, details, acted_by, acted_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(giftId, path, action, details, user.username(), now).update();
    }

    /** The audit trail of a gift the user keeps, oldest first: action, details, who, when (UTC). */
    @Transactional(readOnly = true)
    public List<String[]> audit(JifenUser user, long giftId) {
        return jdbc.sql("select action, details, acted_by, acted_at from exchange_gift_audit where gift_id = ? "
                + "and org_path like concat(?, '%') order by acted_at, id").params(giftId, reach.requireManaged(user))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).list();
    }

    private static void check(GiftDraft d) {
        List<InputError> errors = new ArrayList<>();
        if (d.organizationId() == null) {
            errors.add(InputError.of("$.organizationId", "exchange.gift.error.unit"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            errors.add(InputError.of("$.name", "exchange.gift.error.name"));
        }
        if (d.points() == null || d.points().signum() <= 0 || d.points().scale() > 2
                || d.points().compareTo(new BigDecimal("9999999")) > 0) {
            errors.add(InputError.of("$.points", "exchange.gift.error.points"));
        }
        if (d.stock() == null || d.stock() < 0) {
            errors.add(InputError.of("$.stock", "exchange.gift.error.stock"));
        }
        if (d.activeFrom() == null || d.activeTo() == null || d.activeTo().isBefore(d.activeFrom())) {
            errors.add(InputError.of("$.activeTo", "exchange.gift.error.window"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Gift gift(ResultSet rs, int n) throws SQLException {
        return new Gift(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getDate(9).toLocalDate(),
                rs.getDate(10).toLocalDate(), rs.getBoolean(11));
    }
}
