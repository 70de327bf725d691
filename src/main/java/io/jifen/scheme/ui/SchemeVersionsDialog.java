package io.jifen.scheme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.designer.ui.DesignerView;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import java.util.List;
import java.util.function.Consumer;

/**
 * A scheme opened read-only: its versions with status and effective date, and of the selected one the categories
 * and items and the history of who changed what; two versions compared in words; and, for admins, "以此创建新版本"
 * from the selected version.
 */
class SchemeVersionsDialog extends Dialog {

    final Grid<SchemeVersionRecord> versions = new Grid<>();
    final SchemePreview preview = new SchemePreview();
    final Button design = new Button(getTranslation("schemes.design"));
    final Button newVersion = new Button(getTranslation("versions.newFrom"));
    final VersionDiffPanel diff;
    final VersionHistoryPanel history;

    private final transient SchemeService schemes;
    private final JifenUser user;
    private final long schemeId;
    private transient Consumer<SchemeVersionRecord> onNewVersion = v -> { };

    SchemeVersionsDialog(SchemeService schemes, JifenUser user, long schemeId, String schemeName) {
        this.schemes = schemes;
        this.user = user;
        this.schemeId = schemeId;
        this.diff = new VersionDiffPanel(schemes, user);
        this.history = new VersionHistoryPanel(schemes, user);
        setHeaderTitle(schemeName);
        setWidth("60em");
        versions.addColumn(v -> getTranslation("schemes.versionNumber", v.getNumber()))
                .setHeader(getTranslation("schemes.version")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("schemes.status." + v.getStatus().name()))
                .setHeader(getTranslation("schemes.status")).setAutoWidth(true);
        versions.addColumn(v -> v.getEffectiveFrom() == null ? "" : v.getEffectiveFrom().toString())
                .setHeader(getTranslation("schemes.effectiveFrom")).setAutoWidth(true);
        versions.addColumn(v -> v.getPublishedBy() == null ? "" : v.getPublishedBy())
                .setHeader(getTranslation("schemes.publishedBy")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        newVersion.setTooltipText(getTranslation("versions.newFrom.help"));
        newVersion.setVisible(user.has(Role.ADMIN));
        newVersion.setEnabled(false);
        newVersion.addClickListener(e -> newVersionFromSelected());
        Details compare = new Details(getTranslation("versions.compare.title"), diff);
        Details changes = new Details(getTranslation("versions.history.title"), history);
        VerticalLayout body = new VerticalLayout(versions, newVersion, preview, compare, changes);
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
        refresh(null);
    }

    static void design(SchemeVersionRecord version) {
        UI.getCurrent().navigate(DesignerView.class,
                new RouteParameters(DesignerView.PARAMETER, version.getId().toString()));
    }

    /** Called with the new draft after "以此创建新版本" (the schemes page opens it in the designer). */
    void onNewVersion(Consumer<SchemeVersionRecord> listener) {
        this.onNewVersion = listener;
    }

    private void refresh(Long select) {
        List<SchemeVersionRecord> newestFirst = schemes.versions(user, schemeId);
        versions.setItems(newestFirst);
        diff.setVersions(newestFirst);
        newestFirst.stream().filter(v -> select == null || v.getId().equals(select)).findFirst()
                .ifPresent(versions::select);
    }

    void newVersionFromSelected() {
        SchemeVersionRecord source = versions.asSingleSelect().getValue();
        if (source == null) {
            return;
        }
        try {
            SchemeVersionRecord created = schemes.newVersionFrom(user, source.getId());
            ErrorMessages.success(getTranslation("versions.newFrom.done", source.getNumber(), created.getNumber()));
            refresh(created.getId());
            onNewVersion.accept(created);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    private void show(SchemeVersionRecord version) {
        newVersion.setEnabled(true);
        newVersion.setText(getTranslation("versions.newFrom.of", version.getNumber()));
        history.show(version);
        try {
            preview.show(SchemeDocuments.read(version.getDocument()));
        } catch (SchemeDocumentException unreadable) {
            // a draft saved through the API may not be readable as a scheme yet: show the versions all the same
            preview.clear();
        }
    }
}
