package io.jifen.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.jifen.impact.ImpactPreview;
import io.jifen.scheme.designer.ui.DraftTool;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Makes the designer's 影响预览 button: it opens the preview of the draft as it is when clicked. */
@Component
public class ImpactPreviews implements DraftTool {

    private final ImpactPreview service;

    ImpactPreviews(ImpactPreview service) {
        this.service = service;
    }

    @Override
    public Button create(JifenUser user, long versionId, Supplier<SchemeVersion> draft) {
        Button open = new Button(I18NProvider.translate("impact.open"), VaadinIcon.CHART_GRID.create());
        open.setId("impact-preview");
        open.addClickListener(e -> new ImpactDialog(service, user, versionId, draft).open());
        return open;
    }
}
