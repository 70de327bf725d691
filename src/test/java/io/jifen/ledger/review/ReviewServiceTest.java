package io.jifen.ledger.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryConfirmed;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.Review;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The S10 review path at service level: claim with a photo, department head, committee, trail; and refusals. */
@RecordApplicationEvents
class ReviewServiceTest extends IntegrationTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    ReviewService reviews;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Messages messages;
    @Autowired
    ApplicationEvents events;
    @Autowired
    io.jifen.ledger.LedgerFixture fixture;
    @Autowired
    io.jifen.ledger.LedgerService ledger;

    @Test
    void aClaimWithAPhotoIsSignedByTheDepartmentHeadThenConfirmedByTheCommittee() {
        Branch b = s10.s10("QS");
        Member m = s10.member(b, "张申报");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head = s10.holding(b, b.branch(), "李部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(claimant, m);
        evidence.attachFile(claimant, e.getId(), "巡检.jpg", "image/jpeg", ReviewSupport.JPEG);
        assertThat(e.getCurrentStep()).isEqualTo("DEPT-HEAD");

        assertThat(ids(reviews.queue(head, ReviewFilter.NONE, 0, 50))).contains(e.getId());
        assertThat(ids(reviews.queue(b.secretary(), ReviewFilter.NONE, 0, 50))).doesNotContain(e.getId());
        assertThat(reviews.queue(head, ReviewFilter.NONE, 0, 50)).filteredOn(r -> r.id() == e.getId())
                .singleElement().satisfies(r -> {
                    assertThat(r.memberName()).isEqualTo("张申报");
                    assertThat(r.stepName()).isEqualTo("部门负责人签注");
                    assertThat(r.evidenceRequired()).isTrue();
                });
        reviews.approve(head, e.getId(), s10.version(e.getId()));

        assertThat(ids(reviews.queue(head, ReviewFilter.NONE, 0, 50))).doesNotContain(e.getId());
        assertThat(ids(reviews.queue(b.secretary(), ReviewFilter.NONE, 0, 50))).contains(e.getId());
        assertThat(events.stream(EntryConfirmed.class).filter(c -> c.entryId() == e.getId())).isEmpty();
        reviews.approve(b.secretary(), e.getId(), s10.version(e.getId()));

        assertThat(s10.status(e.getId())).isEqualTo("CONFIRMED");
        assertThat(events.stream(EntryConfirmed.class).filter(c -> c.entryId() == e.getId()))
                .containsExactly(new EntryConfirmed(e.getId(), m.getId(), ReviewSupport.DAY));
        assertThat(reviews.trail(claimant, e.getId()))
                .extracting(TrailStep::stepName, TrailStep::decidedBy, TrailStep::decision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("部门负责人签注", head.username(), Review.Decision.APPROVED),
                        org.assertj.core.groups.Tuple.tuple("支委会初评", b.secretary().username(),
                                Review.Decision.APPROVED));
    }

    @Test
    void anotherTenantCannotDecideNorReadTheTrail() {
        Branch b = s10.s10("QS");
        Branch hn = s10.s10("HN");
        Member m = s10.member(b, "王二");
        Entry e = s10.claim(s10.userOf(b, m), m);
        JifenUser hnHead = s10.holding(hn, hn.branch(), "外单位部长", "DEPARTMENT_HEAD");

        for (JifenUser stranger : List.of(hn.admin(), hn.secretary(), hnHead)) {
            assertThat(ids(reviews.queue(stranger, ReviewFilter.NONE, 0, 500))).doesNotContain(e.getId());
            assertRefused(() -> reviews.approve(stranger, e.getId(), 0), "review.error.notFound");
            assertRefused(() -> reviews.trail(stranger, e.getId()), "review.error.notFound");
        }
        assertRefused(() -> reviews.trail(hn.admin(), Long.MAX_VALUE), "review.error.notFound");
        assertThat(s10.reviewRows(e.getId())).isZero();
    }

    @Test
    void aRejectionShowsItsReasonToTheClaimant() {
        Branch b = s10.s10("HN");
        Member m = s10.member(b, "赵申报");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head = s10.holding(b, b.branch(), "钱部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(claimant, m);

        assertRefused(() -> reviews.reject(head, e.getId(), s10.version(e.getId()), "  "),
                "review.error.reasonRequired");
        reviews.reject(head, e.getId(), s10.version(e.getId()), "巡检记录与台账不符");

        assertThat(s10.status(e.getId())).isEqualTo("REJECTED");
        assertThat(reviews.trail(claimant, e.getId())).singleElement().satisfies(t -> {
            assertThat(t.decision()).isEqualTo(Review.Decision.REJECTED);
            assertThat(t.reason()).isEqualTo("巡检记录与台账不符");
            assertThat(t.decidedBy()).isEqualTo(head.username());
        });
        assertRefused(() -> reviews.approve(head, e.getId(), s10.version(e.getId())), "review.error.alreadyDecided");
    }

    @Test
    void aSecretaryCannotApproveTheirOwnClaim() {
        Branch b = s10.s10("QS");
        Member self = s10.secretaryAsMember(b);
        JifenUser head = s10.holding(b, b.branch(), "孙部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(b.secretary(), self);
        evidence.attachFile(b.secretary(), e.getId(), "证书.png", "image/png", ReviewSupport.PNG);
        reviews.approve(head, e.getId(), s10.version(e.getId()));

        assertThat(ids(reviews.queue(b.secretary(), ReviewFilter.NONE, 0, 50))).doesNotContain(e.getId());
        assertRefused(() -> reviews.approve(b.secretary(), e.getId(), s10.version(e.getId())),
                "review.error.ownEntry");
        assertThat(ids(reviews.queue(b.admin(), ReviewFilter.NONE, 0, 500))).contains(e.getId());
        reviews.approve(b.admin(), e.getId(), s10.version(e.getId()));
        assertThat(s10.status(e.getId())).isEqualTo("CONFIRMED");
    }

    /** S3's 党员先锋 items: the admin records, the general branch committee decides; the recorder may not. */
    @Test
    void whoeverRecordedAnEntryCannotApproveIt() {
        Branch b = fixture.branch("HN", "s03-shi-shebao-zhongxin");
        Member m = fixture.member(b, b.group(), "记录对象", "S3-MEMBER");
        JifenUser committee = s10.holding(b, b.branch(), "总支委员", "GENERAL_BRANCH_COMMITTEE");
        Entry e = ledger.record(b.admin(), io.jifen.ledger.EntrySource.SECRETARY,
                List.of(io.jifen.ledger.EntryDraft.of(m.getId(), "D1-01", ReviewSupport.DAY, "先锋岗"))).entries()
                .getFirst();
        evidence.attachFile(b.admin(), e.getId(), "a.pdf", "application/pdf", "%PDF-1.4".getBytes());
        assertThat(e.getCurrentStep()).isEqualTo("GENERAL");

        assertThat(ids(reviews.queue(b.admin(), ReviewFilter.NONE, 0, 500))).doesNotContain(e.getId());
        assertRefused(() -> reviews.approve(b.admin(), e.getId(), s10.version(e.getId())), "review.error.ownEntry");
        assertRefused(() -> reviews.approve(b.secretary(), e.getId(), s10.version(e.getId())),
                "review.error.notYourStep");
        reviews.approve(committee, e.getId(), s10.version(e.getId()));
        assertThat(jdbc.sql("select current_step from ledger_entry where id = ?").param(e.getId())
                .query(String.class).single()).isEqualTo("PUBLISH");
    }

    @Test
    void evidenceIsRequiredBeforeApproval() {
        Branch b = s10.s10("QS");
        Member m = s10.member(b, "周无证");
        JifenUser head = s10.holding(b, b.branch(), "吴部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(s10.userOf(b, m), m);

        assertRefused(() -> reviews.approve(head, e.getId(), s10.version(e.getId())), "review.error.evidenceRequired");
        assertThat(s10.reviewRows(e.getId())).isZero();
        assertThat(s10.status(e.getId())).isEqualTo("PENDING");

        BatchResult batch = reviews.approveAll(head, List.of(e.getId()));
        assertThat(batch.decided()).isEmpty();
        assertThat(batch.refused()).extracting(BatchResult.Refusal::messageKey)
                .containsExactly("review.error.evidenceRequired");
    }

    @Test
    void aClosedPeriodRefusesDecisions() {
        Branch b = s10.s10("HN");
        Member m = s10.member(b, "郑关闭");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head = s10.holding(b, b.branch(), "冯部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(claimant, m);
        evidence.attachFile(claimant, e.getId(), "a.jpg", "image/jpeg", ReviewSupport.JPEG);
        jdbc.sql("insert into ledger_period_closure (organization_id, org_path, period_start, period_end, closed_by, "
                + "closed_at) values (?, ?, '2026-04-01', '2026-06-30', 'test', now(6))")
                .params(b.branch().getId(), b.branch().getPath()).update();

        assertRefused(() -> reviews.approve(head, e.getId(), s10.version(e.getId())), "review.error.periodClosed");
        assertRefused(() -> reviews.reject(head, e.getId(), s10.version(e.getId()), "晚了"),
                "review.error.periodClosed");
        assertThat(s10.reviewRows(e.getId())).isZero();
    }

    @Test
    void aBatchDecidesWhatItMayAndSaysWhyForTheRest() {
        Branch b = s10.s10("QS");
        JifenUser head = s10.holding(b, b.branch(), "陈部长", "DEPARTMENT_HEAD");
        Member a = s10.member(b, "批量甲");
        Member c = s10.member(b, "批量乙");
        Entry withPhoto = s10.claim(s10.userOf(b, a), a);
        evidence.attachFile(s10.userOf(b, a), withPhoto.getId(), "x.jpg", "image/jpeg", ReviewSupport.JPEG);
        Entry without = s10.claim(s10.userOf(b, c), c);

        assertThat(reviews.waiting(head, ReviewFilter.NONE)).isEqualTo(2);
        assertThat(reviews.waiting(head, new ReviewFilter(null, null, null, null, null, "批量甲"))).isEqualTo(1);
        assertThat(reviews.waiting(head, new ReviewFilter(b.group().getId(), "ACHIEVE-TASK", ReviewSupport.DAY,
                ReviewSupport.DAY, io.jifen.ledger.EntrySource.SELF_CLAIM, null))).isEqualTo(2);
        assertThat(reviews.waiting(head, new ReviewFilter(null, null, ReviewSupport.DAY.plusDays(1), null, null,
                null))).isZero();
        assertThat(reviews.waiting(head, new ReviewFilter(s10.s10("HN").group().getId(), null, null, null, null,
                null))).as("another tenant's unit is no filter to widen the queue").isZero();
        assertThat(reviews.queue(head, ReviewFilter.NONE, 1, 1)).extracting(QueueRow::id)
                .containsExactly(without.getId());
        BatchResult result = reviews.approveAll(head, List.of(withPhoto.getId(), without.getId(), Long.MAX_VALUE));

        assertThat(result.decided()).containsExactly(withPhoto.getId());
        assertThat(result.refused()).extracting(BatchResult.Refusal::entryId, BatchResult.Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(without.getId(), "review.error.evidenceRequired"),
                        org.assertj.core.groups.Tuple.tuple(Long.MAX_VALUE, "review.error.notFound"));
        assertThat(reviews.waiting(head, ReviewFilter.NONE)).isEqualTo(1);
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.messageKey()).isEqualTo(key);
            assertThat(messages.getTranslation(key, Messages.CHINESE, ex.arguments())).doesNotStartWith("!");
            assertThat(messages.getTranslation(key, java.util.Locale.ENGLISH, ex.arguments())).doesNotStartWith("!");
        });
    }

    static List<Long> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::id).toList();
    }
}
