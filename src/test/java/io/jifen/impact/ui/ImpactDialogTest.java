package io.jifen.impact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.jifen.scheme.SchemeService;
import io.jifen.impact.ImpactRow;
import io.jifen.impact.S10TwoVersions;
import io.jifen.impact.S10TwoVersions.Scenario;
import io.jifen.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The designer's 影响预览 button on the stored draft v2 of S10 ({@link S10TwoVersions}): the dialog evaluates in the
 * background and lists the two members whose tier changes, with the summary; switching the filter off lists all.
 * A published version shows no button.
 */
class ImpactDialogTest extends KaribuTest {

    @Autowired
    S10TwoVersions scenarios;
    @Autowired
    SchemeService schemes;

    @Test
    void theDesignerButtonOpensThePreviewOfTheDraft() throws Exception {
        Scenario s = scenarios.build("QS");
        openAs(s.branch().admin());
        UI.getCurrent().navigate("schemes/design/" + s.draftId());

        _get(Button.class, spec -> spec.withId("impact-preview")).click();
        ImpactDialog dialog = _get(ImpactDialog.class);
        for (int i = 0; i < 300 && dialog.running != null; i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false); // runs the UI.access tasks of the evaluation thread
        }
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.summary.getText()).isEqualTo("共 3 名党员，档次上升 1 人，下降 1 人");
        assertThat(dialog.notes.getText()).contains("6 条已删除指标的记录未计入");
        assertThat(dialog.onlyTierChanges.getValue()).isTrue();
        List<ImpactRow> shown = GridKt._findAll(dialog.grid);
        assertThat(shown).extracting(ImpactRow::memberName).containsExactlyInAnyOrder("甲升档", "丙降档");
        int downRow = shown.indexOf(shown.stream().filter(r -> r.memberName().equals("丙降档")).findFirst()
                .orElseThrow());
        assertThat(GridKt._getFormattedRow(dialog.grid, downRow)).contains("丙降档", "60", "基本合格", "43", "不合格",
                "-17", "下降");

        dialog.onlyTierChanges.setValue(false);
        assertThat(GridKt._size(dialog.grid)).isEqualTo(3);
    }

    @Test
    void aPublishedVersionHasNoPreviewButton() {
        Scenario s = scenarios.build("QS");
        openAs(s.branch().admin());
        UI.getCurrent().navigate("schemes/design/" + firstVersion(s));
        assertThat(_find(Button.class, spec -> spec.withId("impact-preview"))).as("only visible ones").isEmpty();
    }

    private long firstVersion(Scenario s) {
        return schemes.versions(s.branch().admin(), s.branch().scheme().getId()).stream()
                .filter(v -> v.getNumber() == 1).findFirst().orElseThrow().getId();
    }
}
