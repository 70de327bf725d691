package io.jifen.printable.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.printable.WorkbookTemplateFillTest;
import io.jifen.score.ScoreTestLedger;
import io.jifen.testsupport.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Karibu: the scoreboard shows the printing buttons (board PDF, 公示 sheet, export into the template), the template
 * dialog lists an unknown placeholder with its cell and then stores a good template, and the statement dialog
 * offers the 积分登记卡 as PDF.
 */
class PrintViewsTest extends KaribuTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;

    @Test
    void theSecretaryPrintsAndUploadsTheUnitsTemplate() throws Exception {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "印视图", "S10-ALL");
        var e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(m.getId(),
                "STUDY-MEETING", null, null, 1, LocalDate.of(2026, 3, 10), "三会一课", null))).entries();
        review.confirmedAsRecorded(e.getFirst().getId());

        openAs(b.secretary());
        UI.getCurrent().navigate("scores");
        ScoreboardPrintBar bar = _get(ScoreboardPrintBar.class);
        assertThat(_find(bar, Anchor.class)).hasSize(3).allMatch(a -> !a.getHref().isBlank());
        assertThat(_find(bar, Button.class)).extracting(Button::getText).contains("打印 PDF", "打印公示表",
                "按本单位模板导出", "上传 Excel 模板");

        _get(bar, Button.class, spec -> spec.withText("上传 Excel 模板")).click();
        TemplateDialog dialog = _get(TemplateDialog.class);
        assertThat(dialog.current.getText()).isEqualTo("尚未上传模板");
        assertThat(_find(dialog, com.vaadin.flow.component.html.Paragraph.class)).anyMatch(p -> p.getText()
                .contains("${member.name}"));
        dialog.uploaded("t.xlsx", WorkbookTemplateFillTest.template("${member.points}"));
        assertThat(_find(dialog, ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .containsExactly("工作表“积分表”单元格 D5：无法识别的占位符 ${member.points}");
        dialog.uploaded("支部表.xlsx", WorkbookTemplateFillTest.template("${member.category:日常行为积分}"));
        assertThat(_find(dialog, ListItem.class)).isEmpty();
        assertThat(dialog.current.getText()).startsWith("当前模板：支部表.xlsx（" + b.secretary().username());
    }
}
