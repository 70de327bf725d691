package io.jifen.scheme.designer;

import java.util.List;
import org.springframework.stereotype.Component;

/** The scheme-wide forms of the designer, in the order they are shown. */
@Component
public class DesignerSections {

    public List<DesignerSection> create(DesignerContext context) {
        return List.of();
    }
}
