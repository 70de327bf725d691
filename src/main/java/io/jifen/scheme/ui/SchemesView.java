package io.jifen.scheme.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.scheme.SchemeCatalog;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.extension.ui.ExtensionColumns;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 积分方案: the schemes in the user's scope with their latest version's status, the effective date and the parent;
 * admins create them (template, copy, blank, import) and export them. Secretaries see their organization's schemes;
 * a parent scheme may let them edit their own branch's extension (the admin's switch, a column says which), and an
 * extension whose parent published a newer version is marked and named in a notice.
 */
@Route("schemes")
@Menu(title = "nav.schemes", order = 3, icon = "vaadin:book")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class SchemesView extends VerticalLayout implements HasDynamicTitle {

    private final transient SchemeService schemes;
    private final transient SchemeCatalog catalog;
    private final transient OrganizationService organizations;
    private final JifenUser user = CurrentUser.require();
    final Grid<SchemeRow> grid = new Grid<>();
    final Button fromTemplate = new Button(getTranslation("schemes.new.TEMPLATE"));
    final Button copy = new Button(getTranslation("schemes.new.COPY"));
    final Button blank = new Button(getTranslation("schemes.new.BLANK"));
    final Button importDocument = new Button(getTranslation("schemes.new.IMPORT"));
    final Button open = new Button(getTranslation("schemes.open"));
    final Button design = new Button(getTranslation("schemes.design"));
    final Anchor export = new Anchor();
    final ExtensionColumns.ParentNotice parentNotice = new ExtensionColumns.ParentNotice();
    final Checkbox branchEditing = ExtensionColumns.branchEditingToggle(this::allowBranchEditing, () -> this.selected);
    /** The selected scheme, for the export, which runs in a download request outside the UI's session lock. */
    private volatile SchemeRow selected;

    SchemesView(SchemeService schemes, SchemeCatalog catalog, OrganizationService organizations) {
        this.schemes = schemes;
        this.catalog = catalog;
        this.organizations = organizations;
        addClassName("jifen-view");
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.schemes")));
        header.addClassName("jifen-view-header");
        add(header, toolbar(), parentNotice);
        if (!user.has(Role.ADMIN)) {
            add(new Paragraph(getTranslation("extension.secretaryNote")));
        }
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout toolbar() {
        fromTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fromTemplate.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        fromTemplate.addClickListener(e -> openNew(NewSchemeDialog.Source.TEMPLATE));
        copy.addClickListener(e -> openNew(NewSchemeDialog.Source.COPY));
        blank.addClickListener(e -> openNew(NewSchemeDialog.Source.BLANK));
        importDocument.addClickListener(e -> openNew(NewSchemeDialog.Source.IMPORT));
        open.addClickListener(e -> openVersions(selected));
        open.setEnabled(false);
        design.addClickListener(e -> openDesigner(selected));
        design.setEnabled(false);
        export.setHref(exportDownload(), AttachmentType.DOWNLOAD);
        export.add(new Button(getTranslation("schemes.export")));
        export.setEnabled(false);
        boolean admin = user.has(Role.ADMIN);
        List.of(fromTemplate, copy, blank, importDocument).forEach(b -> b.setVisible(admin));
        if (!admin && !catalog.branchParents(user).isEmpty()) {
            blank.setText(getTranslation("schemes.new.branchExtension"));
            blank.setVisible(true);
        }
        branchEditing.setVisible(admin);
        HorizontalLayout toolbar = new HorizontalLayout(fromTemplate, copy, blank, importDocument, open, design,
                export, branchEditing);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(SchemeRow::name).setHeader(getTranslation("schemes.name")).setFlexGrow(2).setFrozen(true);
        grid.addColumn(SchemeRow::code).setHeader(getTranslation("schemes.code")).setAutoWidth(true);
        grid.addColumn(SchemeRow::organization).setHeader(getTranslation("schemes.organization")).setAutoWidth(true);
        grid.addColumn(r -> r.parent() == null ? "" : r.parent()).setHeader(getTranslation("schemes.parent"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.latestNumber() == 0 ? "" : getTranslation("schemes.versionNumber", r.latestNumber()))
                .setHeader(getTranslation("schemes.latestVersion")).setAutoWidth(true);
        grid.addColumn(r -> r.status() == null ? "" : getTranslation("schemes.status." + r.status().name()))
                .setHeader(getTranslation("schemes.status")).setAutoWidth(true);
        grid.addColumn(r -> r.effectiveFrom() == null ? "" : r.effectiveFrom().toString())
                .setHeader(getTranslation("schemes.effectiveFrom")).setAutoWidth(true);
        ExtensionColumns.addTo(grid, user.has(Role.ADMIN));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().orElse(null);
            open.setEnabled(selected != null);
            design.setEnabled(selected != null);
            export.setEnabled(selected != null);
            ExtensionColumns.select(branchEditing, selected);
        });
        grid.addItemDoubleClickListener(e -> openVersions(e.getItem()));
        // keyboard: space selects the focused row, Enter opens it
        Shortcuts.addShortcutListener(grid, () -> openVersions(selected), Key.ENTER).listenOn(grid);
        grid.setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItemsPageable(pageable -> catalog.page(user, pageable), pageable -> catalog.count(user));
        parentNotice.show(catalog.behindParent(user));
    }

    private void allowBranchEditing(SchemeRow row, boolean allowed) {
        try {
            schemes.allowBranchEditing(user, row.id(), allowed);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
        refresh();
    }

    void openNew(NewSchemeDialog.Source source) {
        List<Organization> units = organizations.tree(user).stream()
                .filter(unit -> user.has(Role.ADMIN) || unit.getCode().equals(user.orgCode())).toList();
        new NewSchemeDialog(source, schemes, catalog, user, units, this::refresh).open();
    }

    void openVersions(SchemeRow row) {
        if (row == null) {
            return;
        }
        try {
            SchemeVersionsDialog dialog = new SchemeVersionsDialog(schemes, user, row.id(), row.name());
            dialog.onNewVersion(created -> {
                dialog.close();
                SchemeVersionsDialog.design(created);
            });
            dialog.open();
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    /** The designer on the scheme's latest version (read-only there when it is published or for a secretary). */
    void openDesigner(SchemeRow row) {
        if (row == null) {
            return;
        }
        try {
            SchemeVersionsDialog.design(schemes.versions(user, row.id()).getFirst());
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    /** The latest version's document as stored (docs/scheme-format.md), named after the scheme's code. */
    private DownloadHandler exportDownload() {
        return event -> {
            SchemeRow row = selected;
            if (row == null) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] json = exportedDocument(row.id()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(row.code() + ".json");
            event.setContentType("application/json");
            event.getOutputStream().write(json);
        };
    }

    String exportedDocument(long schemeId) {
        return catalog.latestDocument(user, schemeId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.schemes") + " · " + getTranslation("app.title");
    }
}
