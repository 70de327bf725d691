package io.jifen.scheme.designer;

import com.vaadin.flow.component.Component;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;

/**
 * One form of the designer over a scheme-wide part (basic information, periods, member classes, tiers, eligibility,
 * consequences, review workflow). The designer owns the draft: a section shows it, reports each change as an edit
 * through {@link DesignerContext#edit}, and is shown the draft again after every change, undo or redo.
 */
public interface DesignerSection {

    /** Message key of the section's heading. */
    String titleKey();

    Component component();

    /** Shows the draft as it is now; fields keep their focus, nothing is reported back as an edit. */
    void show(SchemeVersion draft);

    /** Marks the fields the issues point at with their messages, and clears every other field's mark. */
    void showIssues(List<ValidationIssue> issues);

    /**
     * Focuses the field at a validation path ({@code $.scheme.tierSchemes[0].tiers[1].min}) when it is one of this
     * section's.
     *
     * @return whether the path belongs to this section
     */
    boolean focus(String path);
}
