package io.jifen.scheme.designer;

import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a designer form needs besides the draft.
 *
 * @param organizationId the organization that owns the scheme (its roster classes are the ones to link)
 * @param parent         the effective parent scheme in force when the draft is an extension, else {@code null}
 * @param readOnly       a published version, or a user who may only read: fields show, nothing edits
 * @param edit           applies one change to the draft; the designer records it for undo and validates again
 */
public record DesignerContext(JifenUser user, long organizationId, SchemeVersion parent, boolean readOnly,
        Consumer<UnaryOperator<SchemeVersion>> edit) {
}
