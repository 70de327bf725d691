package io.jifen.exchange;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * An S2 branch of its own for each exchange test: members earn exchange points through the secretary's 加分激励
 * entries (confirmed as recorded: the item has no review step), and gifts are put in the branch's catalogue.
 */
@Component
public class ExchangeFixture {

    static final String TEMPLATE = "s02-jiedao-shequ";
    static final String CLASS = "S2-MEMBER";

    private final LedgerFixture ledgerFixture;
    private final LedgerService ledger;
    private final GiftCatalogue catalogue;
    private final Clock clock;

    ExchangeFixture(LedgerFixture ledgerFixture, LedgerService ledger, GiftCatalogue catalogue, Clock clock) {
        this.ledgerFixture = ledgerFixture;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Entries are dated today, gift windows lie around today: the balance is the evaluation year of today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Branch branch(String tenant) {
        return ledgerFixture.branch(tenant, TEMPLATE);
    }

    public Member member(Branch b, String name, int points) {
        Member m = ledgerFixture.member(b, b.group(), name, CLASS);
        if (points > 0) {
            earn(b, List.of(m), points);
        }
        return m;
    }

    public JifenUser userOf(Branch b, Member m) {
        return ledgerFixture.userOf(b, m);
    }

    /** Confirmed 加分激励 entries of {@code points} in all for each member (one entry gives at most 10). */
    public void earn(Branch b, List<Member> members, int points) {
        List<EntryDraft> drafts = members.stream().flatMap(m -> IntStream.iterate(points, p -> p > 0, p -> p - 10)
                .mapToObj(p -> new EntryDraft(m.getId(), "OUTSTANDING", null, BigDecimal.valueOf(Math.min(p, 10)), 1,
                        today(), "社区服务表现突出", null))).toList();
        var stored = ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
        if (!stored.stream().allMatch(e -> e.getStatus() == EntryStatus.CONFIRMED)) {
            throw new IllegalStateException("the incentive entries should be confirmed as recorded");
        }
    }

    public Gift gift(Branch b, String name, int points, int stock) {
        return gift(b, name, points, stock, today().minusDays(1), today().plusDays(30));
    }

    public Gift gift(Branch b, String name, int points, int stock, LocalDate from, LocalDate to) {
        return catalogue.save(b.secretary(), new GiftDraft(null, 0, b.branch().getId(), name,
                BigDecimal.valueOf(points), stock, from, to, true));
    }
}
