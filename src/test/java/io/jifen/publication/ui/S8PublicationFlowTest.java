package io.jifen.publication.ui;

import static io.jifen.publication.PublicationFixture.Q1_END;
import static io.jifen.publication.PublicationFixture.Q1_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.jifen.ledger.LedgerCorrections;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.publication.ChildStatus;
import io.jifen.publication.Objection;
import io.jifen.publication.ObjectionService;
import io.jifen.publication.PublicationFixture;
import io.jifen.publication.PublicationReads;
import io.jifen.publication.PublicationService;
import io.jifen.publication.Snapshot;
import io.jifen.publication.SnapshotRow;
import io.jifen.publication.SnapshotState;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreStore;
import io.jifen.score.UnitScores;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.MovableClock;
import io.jifen.todo.TodoKind;
import io.jifen.todo.TodoService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * S8 end to end through the 公示 page: close Q1, publish with the scheme's 7-day window; a member objects on day 2;
 * the branch upholds on day 4, the wrong deduction is reversed in the ledger and the snapshot republished as
 * revision 2 (revision 1 kept); the window closes on day 7 by itself; the township admin sees the branch published.
 */
@Import(MovableClock.Config.class)
class S8PublicationFlowTest extends KaribuTest {

    /** The smallest PNG there is (1×1), as a photo of the evidence. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

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
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    UnitScores unitScores;
    @Autowired
    ScoreStore scoreStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TodoService todos;

    @Test
    void closePublishObjectUpholdRepublishAndTheWindowClosesByItself() {
        LocalDate day0 = LocalDate.of(2027, 4, 1);
        clock.set(day0);
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member wang = fixture.member(b, b.group(), "王小红", "ORDINARY");
        Member li = fixture.member(b, b.group(), "李大山", "ORDINARY");
        long wrong = entries.record(b, wang, "VIOLATION-DEED", 10, LocalDate.of(2027, 2, 10));
        entries.record(b, wang, "CONTRIB-DEED", 5, LocalDate.of(2027, 3, 1));
        entries.record(b, li, "CONTRIB-DEED", 3, LocalDate.of(2027, 3, 2));

        // day 0: the secretary closes Q1 and publishes
        openAs(b.secretary());
        OfficerPanel officer = view().officer;
        officer.unit.setValue(b.branch());
        selectQ1(officer);
        officer.close.click();
        Snapshot first = latest(officer);
        assertThat(first.state()).isEqualTo(SnapshotState.FROZEN);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.entriesCounted()).isEqualTo(3);
        assertThat(first.ledgerMark()).isGreaterThanOrEqualTo(wrong);
        assertThat(jdbc.sql("select count(*) from ledger_period_closure where organization_id = ? and period_start = ?")
                .params(b.branch().getId(), Q1_START).query(Long.class).single()).isEqualTo(1);
        List<SnapshotRow> rows1 = GridKt._fetch(officer.sheet.rows, 0, 10);
        assertThat(rows1).extracting(SnapshotRow::memberName).containsExactly("李大山", "王小红");
        assertEqualsScoreboard(b, rows1);
        assertThat(GridKt._getFormattedRow(officer.sheet.rows, 1).get(4)).contains("×1：-10 分").contains("+5 分");
        officer.publish.click();
        Snapshot published = latest(officer);
        assertThat(published.state()).isEqualTo(SnapshotState.PUBLISHED);
        assertThat(published.windowFrom()).isEqualTo(day0);
        assertThat(published.windowTo()).isEqualTo(day0.plusDays(6));

        // day 2: 王小红 objects to the deduction, with a photo
        clock.set(day0.plusDays(2));
        openAs(fixture.userOf(b, wang));
        MemberPanel member = view().member;
        assertThat(navPaths()).contains("publication"); // the menu shows 公示与异议 once there is one to read
        assertThat(member.publication.getValue().id()).isEqualTo(published.id());
        member.entry.setValue(member.entry.getListDataView().getItems().filter(c -> c.id() == wrong).findFirst()
                .orElseThrow());
        member.reason.setValue("2 月 10 日我在外地务工，已向支部请假，不应扣分");
        member.received("请假条.png", PNG);
        member.object.click();
        List<Objection> mine = GridKt._fetch(member.mine, 0, 10);
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(Objection.State.OPEN);
            assertThat(o.entryId()).isEqualTo(wrong);
            assertThat(o.answerDue()).isEqualTo(day0.plusDays(5)); // objectionAnswerDays = 3
        });
        assertThat(objections.fileNames(fixture.userOf(b, wang), mine.getFirst().id())).containsExactly("请假条.png");
        assertThat(publications.openObjections(b.secretary())).isEqualTo(1);
        // the branch is told: the objection is a todo of the secretary, due on the answer's last day
        assertThat(todos.page(b.secretary(), 0, 50)).filteredOn(t -> t.kind() == TodoKind.OBJECTION).singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo("objection:" + mine.getFirst().id());
                    assertThat(t.due()).isEqualTo(day0.plusDays(5));
                    assertThat(t.operands()).containsExactly("王小红");
                });

        // day 4: the branch upholds; the ledger period opens for the correction, which goes through the ledger
        clock.set(day0.plusDays(4));
        openAs(b.secretary());
        officer = view().officer;
        officer.unit.setValue(b.branch());
        selectQ1(officer);
        officer.objections.select(GridKt._get(officer.objections, 0));
        officer.answer.setValue("经核实已请假，扣分有误，予以更正");
        officer.uphold.click();
        assertThat(GridKt._get(officer.objections, 0).state()).isEqualTo(Objection.State.UPHELD);
        assertThat(todos.page(b.secretary(), 0, 50)).noneMatch(t -> t.kind() == TodoKind.OBJECTION);
        corrections.reverse(b.secretary(), wrong, "异议成立：已请假");
        officer.republish.click();
        Snapshot second = latest(officer);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.state()).isEqualTo(SnapshotState.PUBLISHED);
        assertThat(second.windowTo()).isEqualTo(published.windowTo());
        assertThat(officer.sheet.title.getText()).contains("第 2 版");
        assertThat(officer.sheet.changes.getElement().getTextRecursively()).contains("王小红").contains("→");
        List<Snapshot> revisions = reads.revisions(b.secretary(), second.id());
        assertThat(revisions).extracting(Snapshot::revision, Snapshot::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, SnapshotState.PUBLISHED),
                org.assertj.core.groups.Tuple.tuple(1, SnapshotState.SUPERSEDED));
        List<SnapshotRow> rows2 = GridKt._fetch(officer.sheet.rows, 0, 10);
        assertThat(rowOf(rows2, "王小红").total().subtract(rowOf(rows1, "王小红").total()))
                .isEqualByComparingTo(BigDecimal.TEN);
        assertEqualsScoreboard(b, rows2);
        assertThat(reads.rows(b.secretary(), first.id())).isEqualTo(rows1); // revision 1 is kept as it was
        assertThat(jdbc.sql("select count(*) from ledger_period_closure where organization_id = ? and period_start = ?")
                .params(b.branch().getId(), Q1_START).query(Long.class).single()).isEqualTo(1);
        assertThat(reads.audit(b.secretary(), first.id())).containsExactly("FREEZE " + b.secretary().username(),
                "PUBLISH " + b.secretary().username(), "OBJECT " + fixture.userOf(b, wang).username(),
                "UPHELD " + b.secretary().username());

        // the member sees the answer
        openAs(fixture.userOf(b, wang));
        member = view().member;
        assertThat(member.publication.getValue().revision()).isEqualTo(2);
        assertThat(GridKt._get(member.mine, 0).answer()).isEqualTo("经核实已请假，扣分有误，予以更正");

        // day 6: the township admin sees the branch published, window open until day 6
        clock.set(day0.plusDays(6));
        openAs(b.admin());
        PublicationView township = view();
        ChildStatus status = childOf(township, b);
        assertThat(status.status()).isEqualTo(ChildStatus.Status.PUBLISHED);
        assertThat(township.statusText(status)).isEqualTo("公示中，异议截至 " + day0.plusDays(6) + " · 第 2 版");

        // day 7: the window closes by itself (the job's method, on the moved clock)
        clock.set(day0.plusDays(7));
        assertThat(publications.closeEndedWindows()).isGreaterThanOrEqualTo(1);
        assertThat(reads.snapshot(b.secretary(), second.id()).orElseThrow().state()).isEqualTo(SnapshotState.CLOSED);
        assertThatThrownBy(() -> objections.raise(fixture.userOf(b, li), second.id(), null, "太晚了", List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publication.objection.error.windowClosed");
        openAs(b.admin());
        township = view();
        status = childOf(township, b);
        assertThat(status.status()).isEqualTo(ChildStatus.Status.CLOSED);
        assertThat(township.statusText(status)).isEqualTo("已公示，公示期满 · 第 2 版");
    }

    private static PublicationView view() {
        UI.getCurrent().navigate("publication");
        return (PublicationView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<String> navPaths() {
        return LocatorJ._find(SideNavItem.class).stream().map(i -> i.getPath().replaceFirst("^/", "")).toList();
    }

    private static void selectQ1(OfficerPanel officer) {
        officer.periods.select(officer.periods.getListDataView().getItems().filter(p -> p.start().equals(Q1_START)
                && p.end().equals(Q1_END)).findFirst().orElseThrow());
    }

    private static Snapshot latest(OfficerPanel officer) {
        return officer.periods.asSingleSelect().getValue().latest().orElseThrow();
    }

    private static SnapshotRow rowOf(List<SnapshotRow> rows, String name) {
        return rows.stream().filter(r -> r.memberName().equals(name)).findFirst().orElseThrow();
    }

    private static ChildStatus childOf(PublicationView view, Branch b) {
        return GridKt._fetch(view.children, 0, 1000).stream().filter(c -> c.unitId() == b.branch().getId())
                .findFirst().orElseThrow();
    }

    /** The snapshot's numbers are the scoreboard's: the stored Q1 rows of the same ledger. */
    private void assertEqualsScoreboard(Branch b, List<SnapshotRow> rows) {
        unitScores.score(b.branch(), Q1_START);
        for (SnapshotRow r : rows) {
            ScoreRow board = scoreStore.ofMember(r.memberId()).stream()
                    .filter(s -> s.level() == Level.PERIOD && s.periodStart().equals(Q1_START)).findFirst()
                    .orElseThrow();
            assertThat(r.total()).isEqualByComparingTo(board.total());
            assertThat(r.tierName()).isEqualTo(board.tierName());
            assertThat(r.unitRank()).isEqualTo(board.unitRank());
        }
    }
}
