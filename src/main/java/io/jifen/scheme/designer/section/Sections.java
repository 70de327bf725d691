package io.jifen.scheme.designer.section;

import io.jifen.organization.MemberService;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.designer.DesignerSection;
import java.util.List;

/** Makes the scheme-wide forms in the order the designer shows them. */
public final class Sections {

    private Sections() {
    }

    /**
     * The roster classes offered for linking are read through {@link MemberService#memberClasses}: the classes of
     * the user's own organization tree (defined at its top), never another tenant's.
     */
    public static List<DesignerSection> create(DesignerContext context, MemberService members) {
        List<RosterClass> roster = members.memberClasses(context.user()).stream()
                .map(c -> new RosterClass(c.getCode(), c.getName())).toList();
        return List.of(new BasicSection(context), new PeriodSection(context),
                new MemberClassSection(context, roster), new TierSection(context), new EligibilitySection(context),
                new ConsequenceSection(context), new WorkflowSection(context));
    }
}
