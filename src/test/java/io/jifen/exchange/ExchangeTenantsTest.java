package io.jifen.exchange;

import static io.jifen.exchange.ExchangeServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every service path tried across two tenants (QS, HN): a foreign id gets exactly the answer of a missing id, and
 * nothing foreign is listed or counted.
 */
class ExchangeTenantsTest extends IntegrationTest {

    static final long MISSING = Long.MAX_VALUE - 7;

    @Autowired
    ExchangeFixture fixture;
    @Autowired
    ExchangeService exchange;
    @Autowired
    GiftCatalogue catalogue;
    @Autowired
    ExchangeCategories categories;

    @Test
    void aForeignIdIsAMissingIdOnEveryPath() {
        Branch qs = fixture.branch("QS");
        Branch hn = fixture.branch("HN");
        Member qsMember = fixture.member(qs, "青山党员", 10);
        Member hnMember = fixture.member(hn, "河南党员", 10);
        Gift qsGift = fixture.gift(qs, "青山礼品", 2, 5);
        long qsRedemption = exchange.redeem(fixture.userOf(qs, qsMember), qsMember.getId(), qsGift.id());

        for (JifenUser foreign : new JifenUser[] {hn.admin(), hn.secretary()}) {
            for (long member : new long[] {qsMember.getId(), MISSING}) {
                assertRefused(() -> exchange.redeem(foreign, member, qsGift.id()), "exchange.error.notFound");
                assertRefused(() -> exchange.history(foreign, member), "exchange.error.notFound");
                assertRefused(() -> exchange.catalogue(foreign, member), "exchange.error.notFound");
                assertThat(exchange.balance(foreign, member)).isEmpty();
            }
            for (long redemption : new long[] {qsRedemption, MISSING}) {
                assertRefused(() -> exchange.fulfil(foreign, redemption), "exchange.error.notFound");
                assertRefused(() -> exchange.cancel(foreign, redemption, "越权取消"), "exchange.error.notFound");
            }
            for (long gift : new long[] {qsGift.id(), MISSING}) {
                GiftDraft edit = new GiftDraft(gift, 0, hn.branch().getId(), "改名", BigDecimal.ONE, 1,
                        fixture.today(), fixture.today(), true);
                assertRefused(() -> catalogue.save(foreign, edit), "exchange.error.notFound");
                assertThat(catalogue.audit(foreign, gift)).isEmpty();
            }
            for (long unit : new long[] {qs.branch().getId(), MISSING}) {
                assertRefused(() -> categories.forUnit(foreign, unit), "exchange.error.notFound");
                GiftDraft placed = new GiftDraft(null, 0, unit, "放到外单位", BigDecimal.ONE, 1, fixture.today(),
                        fixture.today(), true);
                assertRefused(() -> catalogue.save(foreign, placed), "exchange.error.notFound");
            }
            assertRefused(() -> categories.save(hn.admin(), qs.branch().getId(), Set.of("INCENTIVE")),
                    "exchange.error.notFound");
            assertThat(exchange.queue(foreign, new RedemptionFilter(null, null), 0, 100)).extracting(Redemption::id)
                    .doesNotContain(qsRedemption);
            assertThat(exchange.toFulfil(foreign)).isZero();
            assertThat(catalogue.managed(foreign, 0, 100)).extracting(Gift::id).doesNotContain(qsGift.id());
        }
        // a member of the other tenant cannot redeem this tenant's gift for themselves either
        JifenUser hnSelf = fixture.userOf(hn, hnMember);
        assertRefused(() -> exchange.redeem(hnSelf, hnMember.getId(), qsGift.id()), "exchange.error.notFound");
        assertRefused(() -> exchange.redeem(hnSelf, hnMember.getId(), MISSING), "exchange.error.notFound");
        assertThat(exchange.catalogue(hnSelf, hnMember.getId())).extracting(Gift::id).doesNotContain(qsGift.id());
        // and a plain member reaches nobody else, in their own tenant either
        Member qsOther = fixture.member(qs, "青山另一党员", 10);
        assertRefused(() -> exchange.redeem(fixture.userOf(qs, qsOther), qsMember.getId(), qsGift.id()),
                "exchange.error.notFound");
        assertRefused(() -> exchange.fulfil(fixture.userOf(qs, qsOther), qsRedemption), "exchange.error.notFound");
        assertThat(exchange.toFulfil(qs.secretary())).isEqualTo(1);
        assertThatThrownBy(() -> exchange.fulfil(hn.secretary(), qsRedemption)).hasMessageNotContaining("青山");
    }
}
