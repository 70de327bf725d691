package io.jifen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.exchange.Redemption.State;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.ScoreTestLedger;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Windows, fulfilment and cancellation as new rows, reversals after spending, the exchangeable categories. */
class ExchangeServiceTest extends IntegrationTest {

    @Autowired
    ExchangeFixture fixture;
    @Autowired
    ExchangeService exchange;
    @Autowired
    ExchangeCategories categories;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedemptionBeforeOrAfterTheGiftsWindowIsRefused() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "窗口党员", 20);
        JifenUser self = fixture.userOf(b, m);
        Gift past = fixture.gift(b, "抽纸", 2, 5, fixture.today().minusDays(30), fixture.today().minusDays(1));
        Gift future = fixture.gift(b, "吹风机", 2, 5, fixture.today().plusDays(1), fixture.today().plusDays(30));

        assertRefused(() -> exchange.redeem(self, m.getId(), past.id()), "exchange.refused.window");
        assertRefused(() -> exchange.redeem(self, m.getId(), future.id()), "exchange.refused.window");
        assertThat(exchange.catalogue(self, m.getId())).extracting(Gift::id).doesNotContain(past.id(), future.id());
        assertThat(rows(m)).isZero();
        assertThat(exchange.balance(self, m.getId()).orElseThrow().available()).isEqualByComparingTo("20");
    }

    @Test
    void fulfilAndCancelAreNewRowsAndCancelGivesStockAndPointsBack() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "发放党员", 10);
        JifenUser self = fixture.userOf(b, m);
        Gift towel = fixture.gift(b, "毛巾", 4, 3);
        long first = exchange.redeem(self, m.getId(), towel.id());
        long second = exchange.redeem(b.secretary(), m.getId(), towel.id()); // the secretary for the member
        assertThat(exchange.toFulfil(b.secretary())).isEqualTo(2);

        exchange.fulfil(b.secretary(), first);
        exchange.cancel(b.secretary(), second, "党员改选其他礼品");

        assertThat(exchange.history(self, m.getId())).extracting(Redemption::id, Redemption::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, State.FULFILLED),
                        org.assertj.core.groups.Tuple.tuple(second, State.CANCELLED));
        assertThat(rows(m)).as("append-only: 2 redemptions, 1 fulfilment, 1 cancellation").isEqualTo(4);
        assertThat(exchange.balance(self, m.getId()).orElseThrow().available()).isEqualByComparingTo("6");
        assertThat(jdbc.sql("select stock from exchange_gift where id = ?").param(towel.id()).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(exchange.toFulfil(b.secretary())).isZero();
        assertRefused(() -> exchange.cancel(b.secretary(), first, "已发放后取消"), "exchange.refused.closed");
        assertRefused(() -> exchange.fulfil(b.secretary(), second), "exchange.refused.closed");
        assertThat(exchange.queue(b.secretary(), new RedemptionFilter(State.CANCELLED, "毛"), 0, 10)).extracting(Redemption::id)
                .containsExactly(second);
        assertThat(exchange.count(b.secretary(), new RedemptionFilter(null, null))).isEqualTo(2);
    }

    @Test
    void aReversalAfterSpendingMakesTheBalanceNegativeAndRedemptionIsRefused() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "冲正党员", 0);
        JifenUser self = fixture.userOf(b, m);
        long entry = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(m.getId(),
                "OUTSTANDING", null, new BigDecimal("6"), 1, fixture.today(), "调解邻里纠纷", null)))
                .entries().getFirst().getId();
        Gift pen = fixture.gift(b, "签字笔", 5, 3);
        exchange.redeem(self, m.getId(), pen.id());

        review.reverse(entry, "重复记录", b.secretary().username());

        Balance after = exchange.balance(self, m.getId()).orElseThrow();
        assertThat(after.earned()).isEqualByComparingTo("0");
        assertThat(after.available()).isEqualByComparingTo("-5");
        assertRefused(() -> exchange.redeem(self, m.getId(), pen.id()), "exchange.refused.balance");
    }

    @Test
    void theChosenCategoriesFeedTheBalanceAndTheDefaultIsTheBonusCategories() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "类别党员", 7); // 加分激励 (INCENTIVE)
        Entry policy = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(EntryDraft.of(m.getId(), "POLICY",
                fixture.today(), "政策宣传进楼栋"))).entries().getFirst();
        if (policy.getStatus() != EntryStatus.CONFIRMED) {
            review.approveLast(policy.getId(), "GRID", "grid.member");
        }
        JifenUser self = fixture.userOf(b, m);

        var suggested = categories.forUnit(b.admin(), b.branch().getId()).orElseThrow();
        assertThat(suggested.saved()).isFalse();
        assertThat(suggested.chosen()).containsExactlyInAnyOrder("BASIC-SERVICE", "SPECIAL-SERVICE", "INCENTIVE");
        assertThat(exchange.balance(self, m.getId()).orElseThrow().earned()).isEqualByComparingTo("9");

        var saved = categories.save(b.admin(), b.branch().getId(), Set.of("BASIC-SERVICE"));
        assertThat(saved.saved()).isTrue();
        assertThat(saved.chosen()).containsExactly("BASIC-SERVICE");
        assertThat(exchange.balance(self, m.getId()).orElseThrow().earned()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> categories.save(b.admin(), b.branch().getId(), Set.of("NO-SUCH")))
                .isInstanceOf(io.jifen.shared.InvalidInputException.class);
        assertThatThrownBy(() -> categories.save(b.secretary(), b.branch().getId(), Set.of("INCENTIVE")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private int rows(Member m) {
        return jdbc.sql("select count(*) from exchange_redemption where member_id = ?").param(m.getId())
                .query(Integer.class).single();
    }

    static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
