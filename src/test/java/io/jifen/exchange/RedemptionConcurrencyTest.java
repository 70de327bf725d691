package io.jifen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of issue 10 point 5 on the real MariaDB: requests released together on many connections. Stock never
 * goes below zero and a balance is never spent twice, whatever the interleaving.
 */
class RedemptionConcurrencyTest extends IntegrationTest {

    @Autowired
    ExchangeFixture fixture;
    @Autowired
    ExchangeService exchange;
    @Autowired
    Messages messages;
    @Autowired
    JdbcClient jdbc;

    /** What one request ended with: the redemption id, or the refusal's bundle key. */
    record Outcome(Long id, String refusal, String text) {
    }

    @Test
    void twentyConcurrentRedemptionsOfAGiftWithStockFiveGiveExactlyFive() throws Exception {
        Branch b = fixture.branch("QS");
        List<Member> members = IntStream.rangeClosed(1, 20).mapToObj(i -> fixture.member(b, "兑换党员" + i, 0))
                .toList();
        fixture.earn(b, members, 8);
        Gift kettle = fixture.gift(b, "热水壶", 6, 5);

        List<Outcome> outcomes = race(members.stream().map(m -> (Callable<Long>) () -> exchange.redeem(
                fixture.userOf(b, m), m.getId(), kettle.id())).toList());

        assertThat(outcomes.stream().filter(o -> o.id() != null)).hasSize(5);
        List<Outcome> refused = outcomes.stream().filter(o -> o.id() == null).toList();
        assertThat(refused).hasSize(15).allSatisfy(o -> {
            assertThat(o.refusal()).isEqualTo("exchange.refused.stock");
            assertThat(o.text()).isEqualTo("“热水壶”已兑完或已停止兑换");
        });
        assertThat(stock(kettle)).isZero();
        List<BigDecimal> available = members.stream().map(m -> exchange.balance(fixture.userOf(b, m), m.getId())
                .orElseThrow().available()).toList();
        assertThat(available.stream().filter(a -> a.compareTo(new BigDecimal("2")) == 0)).hasSize(5);
        assertThat(available.stream().filter(a -> a.compareTo(new BigDecimal("8")) == 0)).hasSize(15);
        assertSpentMatchesRows(members);
    }

    @Test
    void aMemberWithPointsForTwoGiftsRacingThreeRequestsGetsTwo() throws Exception {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "抢兑党员", 10);
        Gift soap = fixture.gift(b, "香皂", 5, 10);
        JifenUser self = fixture.userOf(b, m);

        List<Outcome> outcomes = race(List.of(() -> exchange.redeem(self, m.getId(), soap.id()),
                () -> exchange.redeem(self, m.getId(), soap.id()),
                () -> exchange.redeem(b.secretary(), m.getId(), soap.id())));

        assertThat(outcomes.stream().filter(o -> o.id() != null)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> o.id() == null).map(Outcome::refusal))
                .containsExactly("exchange.refused.balance");
        assertThat(outcomes.stream().filter(o -> o.id() == null).map(Outcome::text))
                .containsExactly("兑换积分不足：可用 0 分，该礼品需要 5 分");
        assertThat(exchange.balance(self, m.getId()).orElseThrow().available()).isEqualByComparingTo("0");
        assertThat(stock(soap)).isEqualTo(8);
        assertSpentMatchesRows(List.of(m));
    }

    /** Every call waits at one latch, so they hit the database together, each on its own connection. */
    private List<Outcome> race(List<Callable<Long>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Long> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new Outcome(call.call(), null, null);
                    } catch (UserFacingException refused) {
                        return new Outcome(null, refused.messageKey(), messages.getTranslation(refused.messageKey(),
                                Messages.CHINESE, refused.arguments()));
                    }
                }));
            }
            start.countDown();
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private int stock(Gift g) {
        return jdbc.sql("select stock from exchange_gift where id = ?").param(g.id()).query(Integer.class).single();
    }

    /** The account's spent sum is the sum of the member's rows (REDEEM +points, CANCEL −points). */
    private void assertSpentMatchesRows(List<Member> members) {
        for (Member m : members) {
            BigDecimal rows = jdbc.sql("select coalesce(sum(points), 0) from exchange_redemption where member_id = ?")
                    .param(m.getId()).query(BigDecimal.class).single();
            BigDecimal spent = jdbc.sql("select coalesce(sum(spent), 0) from exchange_account where member_id = ?")
                    .param(m.getId()).query(BigDecimal.class).single();
            assertThat(spent).isEqualByComparingTo(rows);
        }
    }
}
