package io.jifen.scheme.sheet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designer's Excel buttons mounted on their own: a correct upload is one edit of the draft, a wrong one is no
 * edit and a dialog listing the problems, a published version takes no upload.
 */
class ItemsSheetActionsTest {

    private final List<UnaryOperator<SchemeVersion>> edits = new ArrayList<>();
    private SchemeVersion draft = SchemeTemplates.load("s10-guandao-gongsi").scheme();

    @BeforeEach
    void mount() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Messages.CHINESE);
    }

    @AfterEach
    void unmount() {
        MockVaadin.tearDown();
    }

    private ItemsSheetActions actions(boolean readOnly) {
        DesignerContext context = new DesignerContext(null, 1L, null, readOnly, edit -> {
            edits.add(edit);
            draft = edit.apply(draft);
        });
        ItemsSheetActions actions = new ItemsSheetActions(context, () -> draft);
        UI.getCurrent().add(actions);
        return actions;
    }

    @Test
    void aCorrectWorkbookIsAppliedAsOneEdit() throws Exception {
        ItemsSheetActions actions = actions(false);
        byte[] file = ItemsSheetTest.edit(ItemsSheet.export(draft, null, new Messages()), sheet ->
                ItemsSheetTest.find(sheet, "STUDY-MEETING").getCell(ItemColumn.ITEM.ordinal())
                        .setCellValue("参加“三会一课”和主题党日"));
        actions.openImport();

        assertThat(actions.receive(file)).isTrue();

        assertThat(edits).hasSize(1);
        assertThat(draft.items().getFirst().name()).isEqualTo("参加“三会一课”和主题党日");
        assertThat(actions.importDialog.isOpened()).isFalse();
        assertThat(actions.export.getHref()).isNotBlank();
    }

    @Test
    void aWrongWorkbookChangesNothingAndListsEveryProblem() throws Exception {
        ItemsSheetActions actions = actions(false);
        SchemeVersion before = draft;
        byte[] file = ItemsSheetTest.edit(ItemsSheet.export(draft, null, new Messages()), sheet -> {
            ItemsSheetTest.find(sheet, "SERVE-VOLUNTEER").getCell(ItemColumn.VALUE.ordinal()).setCellValue("x");
            ItemsSheetTest.find(sheet, "STUDY").getCell(ItemColumn.KIND.ordinal()).setCellValue("奖励");
        });

        assertThat(actions.receive(file)).isFalse();

        assertThat(edits).isEmpty();
        assertThat(draft).isSameAs(before);
        SheetErrorsDialog dialog = _find(SheetErrorsDialog.class).getFirst();
        assertThat(dialog.getHeaderTitle()).isEqualTo("导入失败：表中有 2 处错误，未做任何修改");
        assertThat(dialog.grid.getGenericDataView().getItems().map(SheetError::columnTitle).toList())
                .containsExactly("类别种类", "分值/选项");
    }

    @Test
    void aFileThatIsNoWorkbookIsNamedAsSuch() {
        ItemsSheetActions actions = actions(false);

        assertThat(actions.receive(new byte[] {1, 2, 3})).isFalse();

        assertThat(actions.fileProblem.getText()).startsWith("请上传 Excel 工作簿（.xlsx）");
        assertThat(edits).isEmpty();
    }

    @Test
    void aPublishedVersionTakesNoUpload() {
        ItemsSheetActions actions = actions(true);

        assertThat(actions.importButton.isEnabled()).isFalse();
        assertThat(actions.receive(ItemsSheet.export(draft, null, new Messages()))).isFalse();
        assertThat(edits).isEmpty();
    }
}
