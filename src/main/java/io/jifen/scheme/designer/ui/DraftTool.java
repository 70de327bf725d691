package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.Component;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import java.util.function.Supplier;

/**
 * A tool another feature adds to the designer's header for an editable draft (the impact preview). A bean of this
 * type is picked up by {@link DesignerView}, so the designer knows no feature that reads scores or the ledger: those
 * depend on {@code scheme}, never the reverse.
 */
public interface DraftTool {

    /**
     * @param versionId the draft's version record
     * @param draft     the draft as the engine takes it, read when the tool is used (unsaved edits included)
     */
    Component create(JifenUser user, long versionId, Supplier<SchemeVersion> draft);
}
