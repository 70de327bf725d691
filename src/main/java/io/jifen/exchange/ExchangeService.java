package io.jifen.exchange;


import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Redeeming, handing over and cancelling gifts. Every change is a new {@code exchange_redemption} row. A redemption
 * runs in one transaction that first locks the member's account row for the year ({@code for update}: redemptions
 * and cancellations of one member queue up there, so the balance is read after the previous one committed and never
 * spent twice), then takes one piece of stock by a conditional update ({@code stock > 0}: of N racing requests for
 * the last piece exactly one changes a row), then writes the row and the new spent sum. Locks are always taken in
 * that order (account, then gift), so two redemptions cannot deadlock on them.
 */
@Service
public class ExchangeService {

    private final ExchangeReach reach;
    private final GiftCatalogue catalogue;
    private final ExchangeBalance balances;
    private final RedemptionQueries queries;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final Clock clock;

    ExchangeService(ExchangeReach reach, GiftCatalogue catalogue, ExchangeBalance balances,
            RedemptionQueries queries, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.reach = reach;
        this.catalogue = catalogue;
        this.balances = balances;
        this.queries = queries;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The user's own roster record, for the member page; empty for a user who is not on the roster. */
    public Optional<Member> me(JifenUser user) {
        return reach.self(user);
    }

    /** The member's balance today; empty for a member out of reach or without a scheme in force. */
    public Optional<Balance> balance(JifenUser user, long memberId) {
        return reach.member(user, memberId).flatMap(m -> balances.of(m, today()));
    }

    /** The gifts the member can redeem today (the catalogue of their unit and the units above it). */
    public List<Gift> catalogue(JifenUser user, long memberId) {
        Member m = reach.member(user, memberId).orElseThrow(ExchangeReach::notFound);
        return catalogue.serving(m, today());
    }

    /** The member's redemptions, latest first. */
    public List<Redemption> history(JifenUser user, long memberId) {
        Member m = reach.member(user, memberId).orElseThrow(ExchangeReach::notFound);
        return queries.ofMember(m.getId());
    }

    /**
     * Redeems one piece of a gift for the member: the member themselves, or a secretary or admin for a member of
     * their subtree.
     *
     * @return the redemption's id
     * @throws UserFacingException a refusal: outside the gift's window, no scheme, balance too low, out of stock;
     *                             nothing is stored then
     */
    public long redeem(JifenUser user, long memberId, long giftId) {
        LocalDate today = today();
        Member m = reach.member(user, memberId).orElseThrow(ExchangeReach::notFound);
        Gift gift = catalogue.serving(m, giftId).orElseThrow(ExchangeReach::notFound);
        if (!gift.activeOn(today)) {
            throw new UserFacingException("exchange.refused.window", gift.name(), gift.activeFrom(), gift.activeTo());
        }
        Balance balance = balances.of(m, today)
                .orElseThrow(() -> new UserFacingException("exchange.refused.noScheme"));
        LocalDate year = balance.year().start();
        ownTx.executeWithoutResult(s -> jdbc.sql("insert ignore into exchange_account (member_id, year_start, spent) "
                + "values (?, ?, 0)").params(m.getId(), year).update());
        return tx.execute(s -> {
            BigDecimal spent = balances.spent(m.getId(), year, true);
            BigDecimal available = balance.earned().subtract(spent);
            if (available.compareTo(gift.points()) < 0) {
                throw new UserFacingException("exchange.refused.balance", available.stripTrailingZeros()
                        .toPlainString(), gift.points().stripTrailingZeros().toPlainString());
            }
            int taken = jdbc.sql("update exchange_gift set stock = stock - 1, version = version + 1 "
                    + "where id = ? and stock > 0 and enabled").param(gift.id()).update();
            if (taken == 0) {
                throw new UserFacingException("exchange.refused.stock", gift.name());
            }
            long id = insertRedeem(m, gift, balance, user);
            moveSpent(m.getId(), year, gift.points());
            return id;
        });
    }

    /** The secretary hands the gift over. */
    public void fulfil(JifenUser user, long redemptionId) {
        Redemption r = open(user, redemptionId);
        closing(() -> tx.executeWithoutResult(s -> insertClosing("FULFIL", r, BigDecimal.ZERO, null, user)));
    }

    /** The secretary cancels: the piece goes back to stock and the points to the member's balance. */
    public void cancel(JifenUser user, long redemptionId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new UserFacingException("exchange.cancel.reasonRequired");
        }
        Redemption r = open(user, redemptionId);
        LocalDate year = jdbc.sql("select year_start from exchange_redemption where id = ?").param(r.id())
                .query(LocalDate.class).single();
        closing(() -> tx.executeWithoutResult(s -> {
            balances.spent(r.memberId(), year, true);
            insertClosing("CANCEL", r, r.points().negate(), reason.strip(), user);
            jdbc.sql("update exchange_gift set stock = stock + 1, version = version + 1 where id = ?")
                    .param(r.giftId()).update();
            moveSpent(r.memberId(), year, r.points().negate());
        }));
    }

    /** Open redemptions in the subtree the user manages, for the todo count; 0 for a plain member. */
    public int toFulfil(JifenUser user) {
        return reach.managedPath(user).map(p -> queries.count(p, new RedemptionFilter(Redemption.State.OPEN, null))).orElse(0);
    }

    /** One page of the redemptions in the subtree the user manages; empty for a plain member. */
    public List<Redemption> queue(JifenUser user, RedemptionFilter filter, int offset, int limit) {
        return reach.managedPath(user).map(p -> queries.within(p, filter, offset, limit)).orElse(List.of());
    }

    public int count(JifenUser user, RedemptionFilter filter) {
        return reach.managedPath(user).map(p -> queries.count(p, filter)).orElse(0);
    }

    private Redemption open(JifenUser user, long redemptionId) {
        String path = reach.requireManaged(user);
        Redemption r = queries.one(path, redemptionId).orElseThrow(ExchangeReach::notFound);
        if (r.state() != Redemption.State.OPEN) {
            throw new UserFacingException("exchange.refused.closed");
        }
        return r;
    }

    /** The unique key on closes_id lets one closing row win when two secretaries act at once. */
    private static void closing(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException raced) {
            throw new UserFacingException("exchange.refused.closed");
        }
    }

    private void insertClosing(String kind, Redemption r, BigDecimal points, String note, JifenUser user) {
        jdbc.sql("insert into exchange_redemption (kind, closes_id, member_id, org_path, gift_id, points, year_start, "
                + "period_start, period_end, note, acted_by, acted_at) select ?, id, member_id, org_path, gift_id, ?, "
                + "year_start, period_start, period_end, ?, ?, ? from exchange_redemption where id = ?")
                .params(kind, points, note, user.username(), now(), r.id()).update();
    }

    private long insertRedeem(Member m, Gift gift, Balance b, JifenUser user) {
        jdbc.sql("insert into exchange_redemption (kind, member_id, org_path, gift_id, points, year_start, "
                + "period_start, period_end, acted_by, acted_at) values ('REDEEM', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.getId(), m.getOrganization().getPath(), gift.id(), gift.points(), b.year().start(),
                        b.period().start(), b.period().end(), user.username(), now()).update();
        return jdbc.sql("select last_insert_id()").query(Long.class).single();
    }

    private void moveSpent(long memberId, LocalDate year, BigDecimal delta) {
        jdbc.sql("update exchange_account set spent = spent + ? where member_id = ? and year_start = ?")
                .params(delta, memberId, year).update();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
