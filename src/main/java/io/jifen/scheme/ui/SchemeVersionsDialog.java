package io.jifen.scheme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.designer.ui.DesignerView;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import java.util.List;

/** A scheme opened read-only: its versions with status and effective date, and the categories and items of one. */
class SchemeVersionsDialog extends Dialog {

    final Grid<SchemeVersionRecord> versions = new Grid<>();
    final SchemePreview preview = new SchemePreview();
    final Button design = new Button(getTranslation("schemes.design"));

    SchemeVersionsDialog(String schemeName, List<SchemeVersionRecord> newestFirst) {
        setHeaderTitle(schemeName);
        setWidth("52em");
        versions.addColumn(v -> getTranslation("schemes.versionNumber", v.getNumber()))
                .setHeader(getTranslation("schemes.version")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("schemes.status." + v.getStatus().name()))
                .setHeader(getTranslation("schemes.status")).setAutoWidth(true);
        versions.addColumn(v -> v.getEffectiveFrom() == null ? "" : v.getEffectiveFrom().toString())
                .setHeader(getTranslation("schemes.effectiveFrom")).setAutoWidth(true);
        versions.addColumn(v -> v.getPublishedBy() == null ? "" : v.getPublishedBy())
                .setHeader(getTranslation("schemes.publishedBy")).setAutoWidth(true);
        versions.setItems(newestFirst);
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        if (!newestFirst.isEmpty()) {
            versions.select(newestFirst.getFirst());
        }
        VerticalLayout body = new VerticalLayout(versions, preview);
        body.setPadding(false);
        add(body);
        design.addClickListener(e -> {
            SchemeVersionRecord chosen = versions.asSingleSelect().getValue();
            if (chosen != null) {
                close();
                design(chosen);
            }
        });
        getFooter().add(design, new Button(getTranslation("action.close"), e -> close()));
    }

    static void design(SchemeVersionRecord version) {
        UI.getCurrent().navigate(DesignerView.class,
                new RouteParameters(DesignerView.PARAMETER, version.getId().toString()));
    }

    private void show(SchemeVersionRecord version) {
        try {
            preview.show(SchemeDocuments.read(version.getDocument()));
        } catch (SchemeDocumentException unreadable) {
            // a draft saved through the API may not be readable as a scheme yet: show the versions all the same
            preview.clear();
        }
    }
}
