package io.jifen.ledger.flow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.jifen.ledger.flow.Peek.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Organization;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreService.PeriodChoice;
import io.jifen.scoring.model.Item;
import io.jifen.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** S8: one assembly meeting recorded for 40 attendees in one step; the quarter's board shows the 40, ranked. */
class S8BulkBoardFlowTest extends KaribuTest {

    @Autowired
    LedgerFixture fixture;

    @Test
    void theBulkActivityReachesTheQuarterBoardWithRanksForAll40() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        IntStream.rangeClosed(1, 40).forEach(i -> fixture.member(b, b.group(), "大会党员" + i, "ORDINARY"));
        openAs(b.secretary());
        Object ledger = Peek.navigate("ledger");
        ((Button) field(ledger, "bulk")).click();
        Dialog bulk = _get(Dialog.class);
        ComboBox<Organization> unit = field(bulk, "unit");
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.getId().equals(b.branch().getId()))
                .findFirst().orElseThrow());
        ((DatePicker) field(bulk, "date")).setValue(LocalDate.of(2026, 2, 3));
        Object fields = field(bulk, "item");
        ComboBox<Item> item = field(fields, "item");
        item.setValue(item.getListDataView().getItems().filter(i -> i.id().equals("CONTRIB-DEED")).findFirst()
                .orElseThrow());
        ((BigDecimalField) field(fields, "value")).setValue(new BigDecimal("2"));
        ((Button) field(bulk, "selectAll")).click();
        ((Button) field(bulk, "save")).click();
        assertThat(bulk.isOpened()).isFalse();

        Object board = Peek.navigate("scores");
        ComboBox<Organization> boardUnit = field(board, "unit");
        boardUnit.setValue(b.branch());
        ComboBox<PeriodChoice> period = field(board, "period");
        period.setValue(period.getListDataView().getItems().filter(p -> p.level() == Level.PERIOD
                && p.period().start().equals(LocalDate.of(2026, 1, 1))).findFirst().orElseThrow());
        Grid<Line> grid = field(board, "grid");
        List<Line> lines = GridKt._fetch(grid, 0, 100);
        assertThat(lines).hasSize(40).allSatisfy(l -> {
            assertThat(l.memberName()).startsWith("大会党员");
            assertThat(l.row().unitRank()).isEqualTo(1); // one meeting, equal totals: all share the first place
            assertThat(l.row().unitSize()).isEqualTo(40);
        });
    }
}
