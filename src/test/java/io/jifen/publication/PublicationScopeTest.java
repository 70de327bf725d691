package io.jifen.publication;

import static io.jifen.publication.PublicationFixture.Q1_END;
import static io.jifen.publication.PublicationFixture.Q1_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.MovableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Who may see, publish, object and answer: two tenants on every service path (a foreign id answers exactly as a
 * missing one), a member of another branch, members before publishing, and the overdue flag.
 */
@Import(MovableClock.Config.class)
class PublicationScopeTest extends IntegrationTest {

    static final long MISSING = 987_654_321L;
    static final LocalDate DAY0 = LocalDate.of(2027, 4, 1);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    PublicationFixture entries;
    @Autowired
    MovableClock clock;
    @Autowired
    PublicationService publications;
    @Autowired
    PublicationReads reads;
    @Autowired
    ObjectionService objections;

    @Test
    void anotherTenantGetsTheAnswerOfAMissingIdOnEveryPath() {
        clock.set(DAY0);
        Branch qs = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(qs, qs.group(), "青山党员", "ORDINARY");
        long entry = entries.record(qs, m, "VIOLATION-DEED", 5, LocalDate.of(2027, 2, 1));
        Snapshot s = publications.publish(qs.secretary(),
                publications.close(qs.secretary(), qs.branch().getId(), Q1_START, Q1_END).id());
        Objection o = objections.raise(fixture.userOf(qs, m), s.id(), entry, "有误", List.of());

        Branch hn = fixture.branch("HN", "s08-xujiayan-cun");
        Member hnMember = fixture.member(hn, hn.group(), "华能党员", "ORDINARY");
        for (JifenUser foreign : List.of(hn.admin(), hn.secretary(), fixture.userOf(hn, hnMember))) {
            assertThat(reads.snapshot(foreign, s.id())).isEmpty();
            sameAnswer(() -> publications.sheet(foreign, s.id(), Locale.CHINESE),
                    () -> publications.sheet(foreign, MISSING, Locale.CHINESE));
            sameAnswer(() -> reads.rows(foreign, s.id()), () -> reads.rows(foreign, MISSING));
            sameAnswer(() -> reads.revisions(foreign, s.id()), () -> reads.revisions(foreign, MISSING));
            sameAnswer(() -> publications.publish(foreign, s.id()), () -> publications.publish(foreign, MISSING));
            sameAnswer(() -> publications.republish(foreign, s.id()), () -> publications.republish(foreign, MISSING));
            sameAnswer(() -> objections.raise(foreign, s.id(), null, "x", List.of()),
                    () -> objections.raise(foreign, MISSING, null, "x", List.of()));
            sameAnswer(() -> objections.uphold(foreign, o.id(), "x"), () -> objections.uphold(foreign, MISSING, "x"));
            sameAnswer(() -> objections.dismiss(foreign, o.id(), "x"),
                    () -> objections.dismiss(foreign, MISSING, "x"));
            sameAnswer(() -> objections.ofSnapshot(foreign, s.id()), () -> objections.ofSnapshot(foreign, MISSING));
            assertThat(objections.fileNames(foreign, o.id())).isEmpty();
            assertThat(objections.mine(foreign)).noneMatch(x -> x.id() == o.id());
            assertThat(publications.statusOfChildren(foreign)).noneMatch(c -> c.unitId() == qs.branch().getId());
            assertThat(reads.publishedForMe(foreign)).noneMatch(x -> x.id() == s.id());
        }
        sameAnswer(() -> publications.close(hn.admin(), qs.branch().getId(), Q1_START, Q1_END),
                () -> publications.close(hn.admin(), MISSING, Q1_START, Q1_END));
        assertThat(publications.openObjections(hn.admin())).isZero();
        assertThat(publications.openObjections(qs.admin())).isGreaterThanOrEqualTo(1);
        assertThat(objections.ofSnapshot(qs.admin(), s.id())).extracting(Objection::id).containsExactly(o.id());
    }

    @Test
    void aMemberOfAnotherBranchCannotSeeOrObjectAndMembersSeeNothingBeforePublishing() {
        clock.set(DAY0);
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Branch other = fixture.branch("QS", "s08-xujiayan-cun");
        Member own = fixture.member(b, b.group(), "本支部党员", "ORDINARY");
        Member stranger = fixture.member(other, other.group(), "邻村党员", "ORDINARY");
        Snapshot frozen = publications.close(b.secretary(), b.branch().getId(), Q1_START, Q1_END);
        JifenUser member = fixture.userOf(b, own);

        assertThat(reads.snapshot(member, frozen.id())).isEmpty(); // frozen, not yet published
        Snapshot s = publications.publish(b.secretary(), frozen.id());
        assertThat(reads.snapshot(member, s.id())).isPresent();
        assertThat(publications.sheet(member, s.id(), Locale.ENGLISH).lines()).extracting(l -> l.memberName())
                .containsExactly("本支部党员");

        JifenUser outsider = fixture.userOf(other, stranger);
        assertThat(reads.snapshot(outsider, s.id())).isEmpty();
        sameAnswer(() -> objections.raise(outsider, s.id(), null, "x", List.of()),
                () -> objections.raise(outsider, MISSING, null, "x", List.of()));
        sameAnswer(() -> publications.publish(other.secretary(), s.id()),
                () -> publications.publish(other.secretary(), MISSING));
        sameAnswer(() -> publications.close(other.secretary(), b.branch().getId(), Q1_START, Q1_END),
                () -> publications.close(other.secretary(), MISSING, Q1_START, Q1_END));
        assertThatThrownBy(() -> objections.raise(member, s.id(), null, " ", List.of()))
                .hasFieldOrPropertyWithValue("messageKey", "publication.objection.error.reasonRequired");
        assertThatThrownBy(() -> objections.raise(member, s.id(), null, "假文件", List.of(
                new ObjectionService.Upload("a.exe", "MZ not a photo".getBytes()))))
                .hasFieldOrPropertyWithValue("messageKey", "evidence.error.type");
    }

    @Test
    void anUnansweredObjectionIsFlaggedOverdueAfterItsDueDayAndRepublishingNeedsAnUpheldOne() {
        clock.set(DAY0);
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "超期党员", "ORDINARY");
        Snapshot s = publications.publish(b.secretary(),
                publications.close(b.secretary(), b.branch().getId(), Q1_START, Q1_END).id());
        assertThatThrownBy(() -> publications.republish(b.secretary(), s.id()))
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.nothingUpheld");
        clock.set(DAY0.plusDays(1));
        Objection o = objections.raise(fixture.userOf(b, m), s.id(), null, "总分有误", List.of());
        assertThat(o.answerDue()).isEqualTo(DAY0.plusDays(4));
        long overdueBefore = publications.overdueObjections(b.secretary());

        clock.set(DAY0.plusDays(4));
        assertThat(publications.overdueObjections(b.secretary())).isEqualTo(overdueBefore);
        clock.set(DAY0.plusDays(5));
        assertThat(publications.overdueObjections(b.secretary())).isEqualTo(overdueBefore + 1);
        assertThat(objections.ofSnapshot(b.secretary(), s.id()).getFirst().overdueOn(clock.today())).isTrue();

        Objection answered = objections.dismiss(b.secretary(), o.id(), "经核对，总分无误");
        assertThat(answered.state()).isEqualTo(Objection.State.DISMISSED);
        assertThat(answered.answeredBy()).isEqualTo(b.secretary().username());
        assertThat(publications.overdueObjections(b.secretary())).isEqualTo(overdueBefore);
        assertThatThrownBy(() -> objections.uphold(b.secretary(), o.id(), "改判"))
                .hasFieldOrPropertyWithValue("messageKey", "publication.objection.error.answered");
        assertThat(objections.mine(fixture.userOf(b, m))).singleElement()
                .satisfies(x -> assertThat(x.answer()).isEqualTo("经核对，总分无误"));
    }

    /** Both calls fail the same way: same exception type and, for refusals, the same message key. */
    private static void sameAnswer(ThrowingCallable foreign, ThrowingCallable missing) {
        Throwable a = catchThrowable(foreign);
        Throwable b = catchThrowable(missing);
        assertThat(a).as("foreign id").isNotNull();
        assertThat(b).as("missing id").isNotNull();
        assertThat(a.getClass()).isEqualTo(b.getClass());
        if (a instanceof UserFacingException ua) {
            assertThat(ua.messageKey()).isEqualTo(((UserFacingException) b).messageKey());
        }
    }
}
