package io.jifen.score.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreTestLedger;
import io.jifen.shared.ui.AccessDeniedView;
import io.jifen.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Karibu: the 积分榜 of a branch after a confirmation, its statement dialog, the recompute, and 我的积分. */
class ScoreViewsTest extends KaribuTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;

    @Test
    void theSecretarySeesTheQuarterBoardAndOpensAStatement() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member top = fixture.member(b, b.group(), "高分者", "ORDINARY");
        Member low = fixture.member(b, b.group(), "低分者", "ORDINARY");
        var stored = ledger.record(b.secretary(), EntrySource.BULK, List.of(
                draft(top, 30, "带头抗洪"), draft(low, 5, "义务清扫"))).entries();
        review.confirmedAsRecorded(stored.getFirst().getId());

        openAs(b.secretary());
        UI.getCurrent().navigate("scores");
        ScoreboardView view = _get(ScoreboardView.class);
        view.unit.setValue(b.branch());
        view.period.setValue(view.period.getListDataView().getItems()
                .filter(p -> p.level() == Level.PERIOD && p.period().start().equals(LocalDate.of(2026, 1, 1)))
                .findFirst().orElseThrow());
        assertThat(view.grid.getColumnByKey("category-CONTRIB").getHeaderText()).isEqualTo("贡献加分");
        List<Line> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).extracting(Line::memberName).containsExactly("高分者", "低分者");
        assertThat(rows.getFirst().row().total()).isEqualByComparingTo("100");
        assertThat(rows.getFirst().row().reward()).isEqualByComparingTo("10");

        view.name.setValue("低分");
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(Line::memberName).containsExactly("低分者");

        view.openStatement(rows.getLast());
        StatementDialog dialog = _get(StatementDialog.class);
        assertThat(_find(dialog, ListItem.class)).anyMatch(li -> li.getElement().getTextRecursively()
                .contains("义务清扫") && li.getElement().getTextRecursively().contains(b.secretary().username()));

        view.recompute();
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(Line::memberName).containsExactly("低分者");
    }

    @Test
    void aMemberSeesTheirOwnPointsAndNotTheBoard() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "看积分", "ORDINARY");
        var e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(m.getId(),
                "CONTRIB-DEED", null, new BigDecimal("7"), 1, LocalDate.of(2026, 10, 9), "扶贫帮困", null)))
                .entries().getFirst();
        review.confirmedAsRecorded(e.getId());

        openAs(fixture.userOf(b, m));
        UI.getCurrent().navigate("my-points");
        MyPointsView view = _get(MyPointsView.class);
        assertThat(_find(view.current, Paragraph.class)).extracting(Paragraph::getText)
                .contains("总分：87", "支部内第 1 名（共 1 人）");
        assertThat(view.year.getElement().getTextRecursively()).contains("本年度");
        _get(view, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("查看积分明细")).click();
        assertThat(view.statement.getElement().getTextRecursively()).contains("扶贫帮困").contains("规则版本");
        // the statement brings its 打印 PDF anchor (printables), so look for the claims link among the anchors
        assertThat(_find(view, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref).contains("claims");

        UI.getCurrent().navigate("scores");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(AccessDeniedView.class);
    }

    private static EntryDraft draft(Member m, int value, String basis) {
        return new EntryDraft(m.getId(), "CONTRIB-DEED", null, BigDecimal.valueOf(value), 1,
                LocalDate.of(2026, 2, 20), basis, null);
    }
}
