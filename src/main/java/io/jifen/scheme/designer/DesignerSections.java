package io.jifen.scheme.designer;

import io.jifen.organization.MemberService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The scheme-wide forms of the designer, in the order they are shown. */
@Component
public class DesignerSections {

    private final MemberService members;

    DesignerSections(MemberService members) {
        this.members = members;
    }

    public List<DesignerSection> create(DesignerContext context) {
        return io.jifen.scheme.designer.section.Sections.create(context, members);
    }
}
