package io.jifen.scheme.trial.ui;

import io.jifen.organization.MemberService;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.trial.SchemeTestCases;
import io.jifen.scoring.model.SchemeVersion;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Makes the designer's 试算 tab with the services it needs. */
@Component
public class TrialPanels {

    private final SchemeTestCases testCases;
    private final MemberService roster;

    TrialPanels(SchemeTestCases testCases, MemberService roster) {
        this.testCases = testCases;
        this.roster = roster;
    }

    /** @see TrialPanel#TrialPanel */
    public TrialPanel create(DesignerContext context, Supplier<SchemeVersion> effectiveDraft, long schemeId) {
        return new TrialPanel(context, effectiveDraft, schemeId, testCases, roster);
    }
}
