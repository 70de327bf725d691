package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.Component;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.trial.ui.TrialPanel;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;

/** The 试算 panel as one of the designer's tabs: it follows the draft (its classes and items) after every edit. */
record TrialTab(TrialPanel panel) implements DesignerSection {

    @Override
    public String titleKey() {
        return "designer.tab.trial";
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public void show(SchemeVersion draft) {
        panel.draftChanged();
    }

    @Override
    public void showIssues(List<ValidationIssue> issues) {
        // a try-out shows results, not the validator's findings
    }

    @Override
    public boolean focus(String path) {
        return false;
    }
}
