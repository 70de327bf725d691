package io.jifen.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.query.LedgerFilter;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Withdrawing a claim and reversing a confirmed entry: who may, when, and what the ledger shows afterwards. */
@RecordApplicationEvents
class LedgerCorrectionsTest extends IntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 2, 3);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    LedgerQuery query;
    @Autowired
    ApplicationEvents events;
    @Autowired
    io.jifen.organization.MemberService members;

    @Test
    void theClaimantWithdrawsTheirPendingClaimAndNobodyElseCan() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "周四", "S10-ALL");
        Member other = fixture.member(b, b.group(), "吴五", "S10-ALL");
        Branch hn = fixture.branch("HN", "s10-guandao-gongsi");
        Member foreign = fixture.member(hn, hn.group(), "郑六", "S10-ALL");
        Entry claim = ledger.record(fixture.userOf(b, m), EntrySource.SELF_CLAIM, List.of(achievement(m)))
                .entries().getFirst();
        assertThat(claim.getStatus()).isEqualTo(EntryStatus.PENDING);
        assertThat(claim.getCurrentStep()).isEqualTo("DEPT-HEAD");

        for (JifenUser stranger : List.of(fixture.userOf(b, other), b.secretary(), b.admin(),
                fixture.userOf(hn, foreign))) {
            assertRefused(() -> corrections.withdraw(stranger, claim.getId()), "ledger.corrections.notFound");
        }
        Entry withdrawn = corrections.withdraw(fixture.userOf(b, m), claim.getId());
        assertThat(withdrawn.getStatus()).isEqualTo(EntryStatus.WITHDRAWN);
        assertRefused(() -> corrections.withdraw(fixture.userOf(b, m), claim.getId()),
                "ledger.corrections.notWithdrawable");
        LedgerRow mine = query.myEntries(fixture.userOf(b, m), LedgerFilter.none(), 0, 10).getFirst();
        assertThat(mine.status()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(query.myEntries(fixture.userOf(b, other), LedgerFilter.none(), 0, 10)).isEmpty();
    }

    @Test
    void aMemberWhoMovedStillSeesAndWithdrawsTheClaimMadeInTheFormerUnit() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "秦十", "S10-ALL");
        Entry claim = ledger.record(fixture.userOf(b, m), EntrySource.SELF_CLAIM, List.of(achievement(m)))
                .entries().getFirst();
        members.moveAll(b.admin(), List.of(m.getId()), b.branch().getId());

        assertThat(query.myEntries(fixture.userOf(b, m), LedgerFilter.none(), 0, 10)).extracting(LedgerRow::id)
                .containsExactly(claim.getId());
        assertThat(corrections.withdraw(fixture.userOf(b, m), claim.getId()).getStatus())
                .isEqualTo(EntryStatus.WITHDRAWN);
    }

    @Test
    void aReversalCancelsAConfirmedEntryOnceAndBothStayVisible() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "王七", "ORDINARY");
        Entry e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(m))).entries().getFirst();
        assertThat(events.stream(EntryConfirmed.class)).contains(new EntryConfirmed(e.getId(), m.getId(), DAY));

        assertRefused(() -> corrections.reverse(b.secretary(), e.getId(), "  "), "ledger.corrections.reasonRequired");
        Entry reversal = corrections.reverse(b.secretary(), e.getId(), "重复记分");
        assertThat(reversal.getStatus()).isEqualTo(EntryStatus.CONFIRMED);
        assertThat(reversal.getReverses()).isEqualTo(e.getId());
        assertThat(reversal.getReason()).isEqualTo("重复记分");
        // the recompute subtracts a reversal inside its entry's group (score/recompute/LedgerFacts): it repeats it
        assertThat(List.of(reversal.getMemberId(), reversal.getItemId(), String.valueOf(reversal.getOptionCode()),
                reversal.getCount(), reversal.getDate()))
                .isEqualTo(List.of(e.getMemberId(), e.getItemId(), String.valueOf(e.getOptionCode()), e.getCount(),
                        e.getDate()));
        assertThat(reversal.getValue()).isEqualByComparingTo(e.getValue());
        assertThat(events.stream(EntryConfirmed.class))
                .contains(new EntryConfirmed(reversal.getId(), m.getId(), DAY));
        assertRefused(() -> corrections.reverse(b.secretary(), e.getId(), "again"),
                "ledger.corrections.notReversible");
        assertRefused(() -> corrections.reverse(b.secretary(), reversal.getId(), "undo"),
                "ledger.corrections.notReversible");

        List<LedgerRow> rows = query.page(b.secretary(), LedgerFilter.none(), 0, 50).stream()
                .filter(r -> r.memberId() == m.getId()).toList();
        assertThat(rows).extracting(LedgerRow::id).containsExactly(reversal.getId(), e.getId());
        assertThat(rows.get(0).isReversal()).isTrue();
        assertThat(rows.get(1).reversedBy()).isEqualTo(reversal.getId());
        assertThat(rows.get(1).itemName()).isEqualTo("贡献加分事项（党小组长书面申报）");
        assertThat(rows.get(1).points()).isEqualByComparingTo("5");
    }

    @Test
    void aPendingClaimCannotBeReversedAndAMemberCannotReverse() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "冯八", "S10-ALL");
        Entry claim = ledger.record(fixture.userOf(b, m), EntrySource.SELF_CLAIM, List.of(achievement(m)))
                .entries().getFirst();
        assertRefused(() -> corrections.reverse(b.secretary(), claim.getId(), "错"),
                "ledger.corrections.notReversible");
        assertRefused(() -> corrections.reverse(fixture.userOf(b, m), claim.getId(), "错"),
                "ledger.corrections.notFound");
    }

    @Test
    void anotherTenantGetsTheSameAnswerAsForAMissingEntry() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Branch other = fixture.branch("HN", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "陈九", "ORDINARY");
        Entry e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(m))).entries().getFirst();

        for (JifenUser stranger : List.of(other.secretary(), other.admin())) {
            assertRefused(() -> corrections.reverse(stranger, e.getId(), "x"), "ledger.corrections.notFound");
            assertRefused(() -> corrections.reverse(stranger, Long.MAX_VALUE, "x"), "ledger.corrections.notFound");
            assertThat(query.page(stranger, new LedgerFilter(b.branch().getPath(), null, null, null, null, null,
                    null), 0, 50)).isEmpty();
            assertThat(query.page(stranger, LedgerFilter.none(), 0, 500)).extracting(LedgerRow::id)
                    .doesNotContain(e.getId());
            assertThat(query.members(stranger, EntrySource.BULK, "陈九", 0, 50)).isEmpty();
            assertThatThrownBy(() -> ledger.record(stranger, EntrySource.BULK, List.of(contribution(m))))
                    .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().getFirst()
                            .messageKey()).isEqualTo("ledger.error.memberNotFound"));
        }
        assertThat(query.page(b.secretary(), LedgerFilter.none(), 0, 500)).extracting(LedgerRow::id)
                .contains(e.getId());
    }

    static EntryDraft contribution(Member m) {
        return new EntryDraft(m.getId(), "CONTRIB-DEED", null, new BigDecimal("5"), 1, DAY, "党员大会", null);
    }

    static EntryDraft achievement(Member m) {
        return new EntryDraft(m.getId(), "ACHIEVE-TASK", null, new BigDecimal("15"), 1, DAY, "完成项目", null);
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo(key));
    }
}
