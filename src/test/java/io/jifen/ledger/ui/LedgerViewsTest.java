package io.jifen.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.jifen.ledger.period.PeriodState;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.evidence.Evidence;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.PeriodsAndGroupLeadersTest;
import io.jifen.scheme.SchemeService;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.ledger.query.MemberChoice;
import io.jifen.organization.Member;
import io.jifen.scoring.model.Item;
import io.jifen.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's ways in by hand, driven through the real components on the real database. */
class LedgerViewsTest extends KaribuTest {

    static final LocalDate MEETING = LocalDate.of(2026, 2, 3);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvidenceService evidence;
    @Autowired
    LedgerService ledger;
    @Autowired
    SchemeService schemes;

    @Test
    void s8TheSecretaryRecordsOneMeetingFor40AttendeesThenTheClosedQuarterRefusesAnEntryInWords() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<Member> attendees = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> fixture.member(b, b.group(), "参会党员" + i, "ORDINARY")).toList();
        openAs(b.secretary());
        LedgerView view = navigate("ledger", LedgerView.class);

        view.bulk.click();
        BulkEntryDialog bulk = _get(BulkEntryDialog.class);
        bulk.unit.setValue(bulk.unit.getListDataView().getItems()
                .filter(u -> u.getId().equals(b.branch().getId())).findFirst().orElseThrow());
        bulk.date.setValue(MEETING);
        bulk.item.item.setValue(item(bulk.item, "CONTRIB-DEED"));
        assertThat(bulk.item.rule.getText()).isEqualTo("每次 1～50 分，由评定人确定");
        assertThat(bulk.item.value.isVisible()).isTrue();
        bulk.item.value.setValue(new BigDecimal("2"));
        bulk.basis.setValue("2月支部党员大会");
        bulk.filter.setValue("参会党员1");
        bulk.selectAll.click();
        assertThat(bulk.attendees.getSelectedItems()).hasSize(11); // 参会党员1, 10…19
        bulk.filter.setValue("");
        bulk.selectAll.click();
        assertThat(bulk.selected.getText()).isEqualTo("已选 40 人");
        bulk.save.click();

        List<Long> ids = attendees.stream().map(Member::getId).toList();
        assertThat(jdbc.sql("select count(*), count(distinct batch_key), min(status), min(source) from "
                        + "ledger_entry where member_id in (:ids)").param("ids", ids)
                .query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/"
                        + rs.getString(4)).single()).isEqualTo("40/1/CONFIRMED/BULK");
        assertThat(rows(view)).hasSize(40).allSatisfy(r -> assertThat(r.basis()).isEqualTo("2月支部党员大会"));

        closeQ1ThroughThePeriodsPage();

        view = navigate("ledger", LedgerView.class);
        view.record.click();
        EntryDialog dialog = _get(EntryDialog.class);
        dialog.member.setValue(new MemberChoice(attendees.getFirst().getId(), "参会党员1", b.group().getName(),
                b.group().getPath()));
        dialog.date.setValue(MEETING);
        dialog.item.item.setValue(item(dialog.item, "CONTRIB-DEED"));
        dialog.item.value.setValue(new BigDecimal("3"));
        dialog.save.click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("2026-02-03 所在的考核周期已关闭，不能再记分或审核");
        assertThat(rows(view)).hasSize(40);
    }

    @Test
    void aReversalFromTheGridKeepsBothRowsVisibleAndMarked() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "韩一", "ORDINARY");
        openAs(b.secretary());
        LedgerView view = navigate("ledger", LedgerView.class);
        view.record.click();
        EntryDialog dialog = _get(EntryDialog.class);
        dialog.member.setValue(new MemberChoice(m.getId(), m.getName(), b.group().getName(), b.group().getPath()));
        dialog.date.setValue(MEETING);
        dialog.item.item.setValue(item(dialog.item, "CONTRIB-DEED"));
        dialog.item.value.setValue(new BigDecimal("4"));
        dialog.basis.setValue("帮扶困难群众");
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();

        LedgerRow entry = rows(view).getFirst();
        assertThat(entry.status()).isEqualTo(EntryStatus.CONFIRMED);
        assertThat(view.statusCell(entry).getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
        view.grid.select(entry);
        assertThat(view.reverse.isEnabled()).isTrue();
        view.reverse.click();
        ReasonDialog reason = _get(ReasonDialog.class);
        reason.confirm.click();
        assertThat(reason.reason.isInvalid()).isTrue();
        reason.reason.setValue("分值录错");
        reason.confirm.click();

        List<LedgerRow> rows = rows(view);
        assertThat(rows).hasSize(2);
        assertThat(view.statusText(rows.get(0))).isEqualTo("已确认（冲正，对应第 " + entry.id() + " 条）");
        assertThat(view.statusText(rows.get(1))).isEqualTo("已确认（已冲正，见第 " + rows.get(0).id() + " 条）");
        assertThat(view.statusCell(rows.get(1)).getElement().getThemeList())
                .containsExactlyInAnyOrder("badge", "contrast");
        assertThat(LedgerView.reversible(rows.get(0))).isFalse();
        assertThat(LedgerView.reversible(rows.get(1))).isFalse();
    }

    @Test
    void aMemberClaimsWithAPhotoOnAPhoneWidthPageAndWithdrawsIt() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "杨二", "S10-ALL");
        openAs(fixture.userOf(b, m));
        ClaimsView view = navigate("claims", ClaimsView.class);

        // one column that fits 375 px: a bounded width, every field and button the full width, large buttons
        assertThat(view.getMaxWidth()).isEqualTo("40rem");
        assertThat(List.of(view.item, view.date, view.basis, view.photos, view.send))
                .allSatisfy(c -> assertThat(c.getWidth()).isEqualTo("100%"));
        assertThat(view.send.getThemeNames()).contains(ButtonVariant.LUMO_LARGE.getVariantName());
        assertThat(view.item.item.getListDataView().getItems().map(Item::id)).containsExactly("ACHIEVE-TASK");
        assertThat(view.photos.isVisible()).isTrue();

        view.date.setValue(MEETING);
        view.item.item.setValue(item(view.item, "ACHIEVE-TASK"));
        view.item.value.setValue(new BigDecimal("15"));
        view.basis.setValue("完成管道巡检项目");
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        UploadKt._upload(view.photos, "巡检.jpg", "image/jpeg", photo);
        view.send.click();

        long id = jdbc.sql("select id from ledger_entry where member_id = ?").param(m.getId()).query(Long.class)
                .single();
        var stored = evidence.list(fixture.userOf(b, m), id);
        assertThat(stored).extracting(Evidence::getFileName).containsExactly("巡检.jpg");
        assertThat(evidence.open(fixture.userOf(b, m), stored.getFirst().getId()).orElseThrow().content())
                .isEqualTo(photo);
        ClaimCard card = _get(view.list, ClaimCard.class);
        assertThat(card.status.getText()).isEqualTo("待审核：部门负责人签注");
        assertThat(card.withdraw.getThemeNames()).contains(ButtonVariant.LUMO_LARGE.getVariantName());
        card.withdraw.click();
        assertThat(jdbc.sql("select status from ledger_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("WITHDRAWN");
        assertThat(_get(view.list, ClaimCard.class).status.getText()).isEqualTo("已撤回");
        // the colour says where it stands: pending in the theme's colour, withdrawn grey
        assertThat(card.status.getElement().getThemeList()).containsExactly("badge");
        assertThat(_get(view.list, ClaimCard.class).status.getElement().getThemeList())
                .containsExactlyInAnyOrder("badge", "contrast");
    }

    @Test
    void aBulkActivityWithOneBadAttendeeStoresNothingAndNamesTheAttendee() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        fixture.member(b, b.group(), "到会一", "ORDINARY");
        Member late = fixture.member(b, b.group(), "后转入", "ORDINARY");
        jdbc.sql("update member set transfer_in_date = ? where id = ?").params(LocalDate.of(2026, 3, 1), late.getId())
                .update();
        openAs(b.secretary());
        LedgerView view = navigate("ledger", LedgerView.class);
        view.bulk.click();
        BulkEntryDialog bulk = _get(BulkEntryDialog.class);
        bulk.unit.setValue(bulk.unit.getListDataView().getItems()
                .filter(u -> u.getId().equals(b.group().getId())).findFirst().orElseThrow());
        bulk.date.setValue(MEETING);
        bulk.item.item.setValue(item(bulk.item, "CONTRIB-DEED"));
        bulk.item.value.setValue(new BigDecimal("2"));
        bulk.selectAll.click();
        bulk.save.click();

        assertThat(bulk.isOpened()).isTrue();
        assertThat(bulk.errors.getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("后转入：后转入 在 2026-02-03 不在本组织（尚未转入或已转出）");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void aGroupLeaderSupplementsThroughTheSameDialogForTheirGroupOnly() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        PeriodsAndGroupLeadersTest.publishGroupScheme(schemes, b);
        Member leader = fixture.member(b, b.group(), "组长甲", "ORDINARY");
        Member inGroup = fixture.member(b, b.group(), "组员乙", "ORDINARY");
        Member outside = fixture.member(b, b.branch(), "支部丙", "ORDINARY");
        PeriodsAndGroupLeadersTest.makeGroupLeader(jdbc, b, leader);
        ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(outside.getId(), "CONTRIB-DEED",
                null, new BigDecimal("5"), 1, MEETING, null, null)));

        openAs(fixture.userOf(b, leader));
        LedgerView view = navigate("ledger", LedgerView.class);
        assertThat(view.bulk.isVisible()).isFalse();
        assertThat(view.reverse.isVisible()).isFalse();
        assertThat(rows(view)).isEmpty();
        view.record.click();
        EntryDialog dialog = _get(EntryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("党小组补充积分");
        assertThat(dialog.member.getLazyDataView().getItems().map(MemberChoice::name))
                .contains("组长甲", "组员乙").doesNotContain("支部丙");

        // a forged choice (the picker never offers it): the service still refuses a member outside the group
        dialog.member.setValue(new MemberChoice(outside.getId(), "支部丙", b.group().getName(), b.group().getPath()));
        dialog.date.setValue(MEETING);
        dialog.item.item.setValue(item(dialog.item, "CONTRIB-DEED"));
        dialog.item.value.setValue(new BigDecimal("3"));
        dialog.save.click();
        assertThat(dialog.errors.getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .singleElement().asString().contains("不在您的管理范围内");

        dialog.member.setValue(new MemberChoice(inGroup.getId(), "组员乙", b.group().getName(), b.group().getPath()));
        dialog.item.item.setValue(item(dialog.item, "CONTRIB-DEED"));
        dialog.item.value.setValue(new BigDecimal("3"));
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view)).singleElement().satisfies(r -> {
            assertThat(r.memberName()).isEqualTo("组员乙");
            assertThat(r.source()).isEqualTo(EntrySource.GROUP_LEADER);
            assertThat(r.status()).isEqualTo(EntryStatus.PENDING);
        });
    }

    /** Closes Q1 2026 with the 关闭 button of the periods page, as the secretary. */
    private static void closeQ1ThroughThePeriodsPage() {
        UI.getCurrent().navigate("periods");
        @SuppressWarnings("unchecked")
        Grid<PeriodState> grid = _get(Grid.class);
        int row = grid.getListDataView().getItems().map(PeriodState::start).toList().indexOf(LocalDate.of(2026, 1, 1));
        ((Button) GridKt._getCellComponent(grid, row, "actions")).click();
        assertThat(grid.getListDataView().getItem(row).closed()).isTrue();
    }

    private static Item item(ItemFields fields, String id) {
        return fields.item.getListDataView().getItems().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<LedgerRow> rows(LedgerView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    private static <T> T navigate(String route, Class<T> type) {
        UI.getCurrent().navigate(route);
        return type.cast(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
    }
}
