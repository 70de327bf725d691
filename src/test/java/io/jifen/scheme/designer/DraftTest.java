package io.jifen.scheme.designer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.SchemeVersion;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final SchemeVersion S10 = SchemeDocuments.read(SchemeTemplates.json("s10-guandao-gongsi"));

    @Test
    void undoAndRedoRestoreEachVersionExactly() {
        Draft draft = new Draft(S10);
        assertThat(draft.dirty()).isFalse();
        draft.apply(v -> TreeEdits.addCategory(v, "X", "新类别", CategoryKind.BONUS, null, null));
        SchemeVersion afterAdd = draft.current();
        draft.apply(v -> TreeEdits.delete(v, NodeRef.category("DAILY")));
        SchemeVersion afterDelete = draft.current();
        assertThat(draft.dirty()).isTrue();

        assertThat(draft.undo()).isTrue();
        assertThat(draft.current()).isEqualTo(afterAdd);
        assertThat(draft.undo()).isTrue();
        assertThat(draft.current()).isEqualTo(S10);
        assertThat(draft.dirty()).as("back at the loaded version").isFalse();
        assertThat(draft.undo()).isFalse();
        assertThat(draft.redo()).isTrue();
        assertThat(draft.redo()).isTrue();
        assertThat(draft.current()).isEqualTo(afterDelete);
        assertThat(SchemeDocuments.write(draft.current())).isEqualTo(SchemeDocuments.write(afterDelete));
        assertThat(draft.redo()).isFalse();
    }

    @Test
    void aNewEditDropsTheRedoesAndANoOpIsNotRecorded() {
        Draft draft = new Draft(S10);
        assertThat(draft.apply(v -> v)).isFalse();
        assertThat(draft.canUndo()).isFalse();
        draft.apply(v -> TreeEdits.move(v, NodeRef.category("EVAL"), -1));
        draft.undo();
        draft.apply(v -> TreeEdits.move(v, NodeRef.category("EVAL"), 1));
        assertThat(draft.canRedo()).isFalse();
        draft.markSaved();
        assertThat(draft.dirty()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        Draft draft = new Draft(S10);
        for (int i = 0; i < Draft.HISTORY + 20; i++) {
            String id = "X" + i;
            draft.apply(v -> TreeEdits.addCategory(v, id, id, CategoryKind.BONUS, null, null));
        }
        int undone = 0;
        while (draft.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(Draft.HISTORY);
        assertThat(draft.current().categories()).hasSize(S10.categories().size() + 20);
    }
}
