package io.jifen.ledger.flow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.jifen.ledger.flow.Peek.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.ledger.review.QueueRow;
import io.jifen.organization.Member;
import io.jifen.organization.UnitRole;
import io.jifen.organization.UnitRoleService;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreService.PeriodChoice;
import io.jifen.scoring.model.Item;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 acceptance, S10, every step through the pages: a member claims 争创佳绩 with a photo, the department head
 * (assigned through the 组织角色 service) and then the committee approve in the queue, the board follows without a
 * recompute, the statement names entry, cap and approvers; a rejected claim shows its reason to the member; a
 * reversal in the ledger keeps both rows visible in the grid and the statement.
 */
class S10ClaimFlowTest extends KaribuTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Autowired
    LedgerFixture fixture;
    @Autowired
    UnitRoleService unitRoles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClaimWithAPhotoGoesThroughHeadAndCommitteeToTheBoardAndTheStatement() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "流程甲", "S10-ALL");
        Member headMember = fixture.member(b, b.branch(), "流程部长", "S10-ALL");
        unitRoles.assign(b.admin(), b.branch().getId(), headMember.getId(), UnitRole.Kind.DEPARTMENT_HEAD);
        JifenUser member = fixture.userOf(b, m);
        JifenUser head = fixture.userOf(b, headMember);

        openAs(member);
        Object claims = Peek.navigate("claims");
        claim(claims, LocalDate.of(2026, 5, 12), "15", "完成管线巡检任务");
        claim(claims, LocalDate.of(2026, 6, 30), "10", "完成泵站改造任务");
        claim(claims, LocalDate.of(2026, 7, 8), "8", "协助完成抢修");
        List<Long> ids = jdbc.sql("select id from ledger_entry where member_id = ? order by id").param(m.getId())
                .query(Long.class).list();
        assertThat(ids).hasSize(3);
        MockVaadin.tearDown();

        // the department head: two approved in one batch, the third sent back with a reason
        openAs(head);
        Object queue = Peek.navigate("review");
        Grid<QueueRow> grid = field(queue, "grid");
        assertThat(rows(grid)).extracting(QueueRow::id).containsExactlyInAnyOrderElementsOf(ids);
        rows(grid).stream().filter(r -> r.id() != ids.get(2)).forEach(grid::select);
        ((Button) field(queue, "approveSelected")).click();
        assertThat(steps(ids)).containsExactly("COMMITTEE", "COMMITTEE", "DEPT-HEAD");
        Peek.call(queue, "open", row(grid, ids.get(2)));
        ((Button) field(field(queue, "detail"), "reject")).click();
        _get(TextArea.class, s -> s.withLabel("理由")).setValue("证明照片看不清");
        _get(Button.class, s -> s.withText("确认退回")).click();
        assertThat(status(ids.get(2))).isEqualTo("REJECTED");
        MockVaadin.tearDown();

        // the committee step: the branch secretary, one by one through the detail pane
        openAs(b.secretary());
        queue = Peek.navigate("review");
        grid = field(queue, "grid");
        for (long id : ids.subList(0, 2)) {
            Peek.call(queue, "open", row(grid, id));
            ((Button) field(field(queue, "detail"), "approve")).click();
        }
        assertThat(ids.subList(0, 2)).allSatisfy(id -> assertThat(status(id)).isEqualTo("CONFIRMED"));

        // the board follows the confirmations by itself: 15 + 10 = 25 in 争创佳绩, capped at 20
        Object board = Peek.navigate("scores");
        Line line = boardLine(board, b, m);
        assertThat(line.row().total()).isEqualByComparingTo("20");
        Peek.call(board, "openStatement", line);
        String statement = _get(Dialog.class).getElement().getTextRecursively();
        assertThat(statement).contains("#" + ids.get(0)).contains("完成管线巡检任务")
                .contains("#" + ids.get(1)).contains("完成泵站改造任务")
                .contains("上限 20 分，超出 5 分不计")
                .contains("部门负责人签注：" + head.username()).contains(b.secretary().username() + " 于 ")
                .doesNotContain("协助完成抢修");
        _get(Dialog.class).close();

        // a reversal of the first confirmed claim in the ledger: both rows stay, and both stay in the statement
        Object ledger = Peek.navigate("ledger");
        Grid<LedgerRow> entries = field(ledger, "grid");
        LedgerRow first = entries.getLazyDataView().getItems().filter(r -> r.id() == ids.get(0)).findFirst()
                .orElseThrow();
        entries.select(first);
        ((Button) field(ledger, "reverse")).click();
        Dialog reason = _get(Dialog.class);
        ((TextArea) field(reason, "reason")).setValue("任务不在本年度");
        ((Button) field(reason, "confirm")).click();
        List<LedgerRow> after = entries.getLazyDataView().getItems().filter(r -> r.memberName().equals("流程甲"))
                .toList();
        LedgerRow reversal = after.stream().filter(LedgerRow::isReversal).findFirst().orElseThrow();
        assertThat(reversal.reverses()).isEqualTo(ids.get(0));
        assertThat(after).extracting(LedgerRow::id).contains(ids.get(0), ids.get(1), reversal.id());

        board = Peek.navigate("scores");
        line = boardLine(board, b, m);
        assertThat(line.row().total()).isEqualByComparingTo("10");
        Peek.call(board, "openStatement", line);
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("#" + ids.get(0)).contains("#" + reversal.id()).contains("任务不在本年度");
        MockVaadin.tearDown();

        // the member sees why the third claim was sent back
        openAs(member);
        claims = Peek.navigate("claims");
        VerticalLayout list = field(claims, "list");
        assertThat(_find(list, Paragraph.class)).extracting(Paragraph::getText)
                .contains("未通过原因：证明照片看不清");
    }

    /** Fills the phone-width claim form as the member would and sends it. */
    private static void claim(Object view, LocalDate day, String value, String basis) {
        Object fields = field(view, "item");
        ComboBox<Item> item = field(fields, "item");
        ((DatePicker) field(view, "date")).setValue(day);
        item.setValue(item.getListDataView().getItems().filter(i -> i.id().equals("ACHIEVE-TASK")).findFirst()
                .orElseThrow());
        ((BigDecimalField) field(fields, "value")).setValue(new BigDecimal(value));
        ((TextArea) field(view, "basis")).setValue(basis);
        UploadKt._upload((Upload) field(view, "photos"), "现场.jpg", "image/jpeg", JPEG);
        ((Button) field(view, "send")).click();
    }

    private static Line boardLine(Object board, Branch b, Member m) {
        ComboBox<io.jifen.organization.Organization> unit = field(board, "unit");
        unit.setValue(b.branch());
        ComboBox<PeriodChoice> period = field(board, "period");
        List<PeriodChoice> choices = period.getListDataView().getItems().toList();
        // S10 is scored once a year: its one period is the year
        period.setValue(choices.stream().filter(p -> p.period().start().equals(LocalDate.of(2026, 1, 1)))
                .filter(p -> p.level() == Level.PERIOD || p.level() == Level.YEAR).findFirst()
                .orElseThrow(() -> new AssertionError("periods offered: " + choices)));
        Grid<Line> grid = field(board, "grid");
        return GridKt._fetch(grid, 0, 50).stream().filter(l -> l.row().memberId() == m.getId()).findFirst()
                .orElseThrow();
    }

    private static List<QueueRow> rows(Grid<QueueRow> grid) {
        return grid.getLazyDataView().getItems().toList();
    }

    private static QueueRow row(Grid<QueueRow> grid, long id) {
        return rows(grid).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private List<String> steps(List<Long> ids) {
        return ids.stream().map(id -> jdbc.sql("select current_step from ledger_entry where id = ?").param(id)
                .query(String.class).single()).toList();
    }

    private String status(long id) {
        return jdbc.sql("select status from ledger_entry where id = ?").param(id).query(String.class).single();
    }
}
