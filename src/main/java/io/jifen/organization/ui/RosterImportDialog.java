package io.jifen.organization.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import io.jifen.organization.Organization;
import io.jifen.organization.roster.RosterError;
import io.jifen.organization.roster.RosterImportService;
import io.jifen.organization.roster.RosterPreview;
import io.jifen.organization.roster.RosterRejectedException;
import io.jifen.organization.roster.RosterRow;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Upload → preview → commit. The preview shows every row with its errors; the import button only works for a file
 * without errors, and the commit re-reads the uploaded bytes on the server instead of trusting this preview.
 */
class RosterImportDialog extends Dialog {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger LOG = LoggerFactory.getLogger(RosterImportDialog.class);

    private final transient RosterImportService imports;
    private final JifenUser user;
    private final Runnable onImported;
    final Upload upload = new Upload();
    final Span fileName = new Span();
    final Span summary = new Span();
    final Checkbox onlyErrors = new Checkbox();
    final Grid<RosterRow> preview = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button();
    final Button confirm = new Button();
    private byte[] uploaded;
    private transient RosterPreview checked;

    RosterImportDialog(RosterImportService imports, JifenUser user, Runnable onImported) {
        this.imports = imports;
        this.user = user;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("roster.importTitle"));
        setWidth("min(1100px, 96vw)");
        setHeight("85vh");
        setResizable(true);
        configureUpload();
        configureGrid();
        onlyErrors.setLabel(getTranslation("roster.onlyErrors"));
        onlyErrors.addValueChangeListener(e -> showRows());
        onlyErrors.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        HorizontalLayout status = new HorizontalLayout(fileName, summary, onlyErrors);
        status.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div content = new Div(new Paragraph(getTranslation("roster.importHint", RosterImportService.MAX_ROWS)), upload,
                status, progress, preview);
        content.setSizeFull();
        content.getStyle().set("display", "flex").set("flex-direction", "column");
        add(content);
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        confirm.setText(getTranslation("roster.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> commit());
        getFooter().add(cancel, confirm);
    }

    private void configureUpload() {
        // the in-memory handler runs its callback inside UI.access, so the preview may update components directly
        UploadHandler inMemory = UploadHandler.inMemory((metadata, bytes) -> check(metadata.fileName(), bytes));
        upload.setUploadHandler(limited(inMemory));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setUploadButton(new Button(getTranslation("roster.uploadButton")));
        upload.setDropLabel(new Span(getTranslation("roster.dropLabel")));
        upload.addFileRejectedListener(e -> rejected());
    }

    private void configureGrid() {
        preview.addColumn(RosterRow::rowNumber).setHeader(getTranslation("roster.grid.row")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r -> r.member().getName()).setHeader(getTranslation("member.name")).setAutoWidth(true);
        preview.addColumn(this::unit).setHeader(getTranslation("member.organization")).setAutoWidth(true);
        preview.addComponentColumn(this::state).setHeader(getTranslation("roster.grid.state")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addComponentColumn(this::errors).setHeader(getTranslation("roster.grid.errors"))
                .setFlexGrow(3);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setVisible(false);
        preview.getStyle().set("flex", "1 1 auto");
    }

    /** Parses and validates the upload right away; file-level problems replace the preview with one message. */
    void check(String name, byte[] bytes) {
        upload.clearFileList(); // the component's file list speaks English only; the name is shown by us instead
        fileName.setText(name);
        try {
            show(imports.preview(user, bytes, getLocale()));
            uploaded = bytes;
        } catch (RuntimeException e) {
            if (!(e instanceof UserFacingException)) {
                LOG.warn("Roster preview failed", e);
            }
            uploaded = null;
            checked = null;
            preview.setVisible(false);
            onlyErrors.setVisible(false);
            confirm.setEnabled(false);
            summary.setText(ErrorMessages.describe(UI.getCurrent(), e));
            summary.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    private void show(RosterPreview result) {
        checked = result;
        boolean importable = result.importable();
        summary.setText(importable ? getTranslation("roster.summaryOk", result.total())
                : getTranslation("roster.summary", result.total(), result.invalidRows()));
        summary.getStyle().set("color", importable ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        onlyErrors.setVisible(!importable);
        onlyErrors.setValue(!importable); // a few bad rows among thousands: show those first
        preview.setVisible(true);
        showRows();
        confirm.setEnabled(importable);
    }

    private void showRows() {
        if (checked != null) {
            preview.setItems(onlyErrors.getValue() ? checked.rows().stream().filter(r -> !r.valid()).toList()
                    : checked.rows());
        }
    }

    /**
     * Stores the rows in the background so that the dialog can show progress; polling carries the result back
     * because the application runs without server push. The security context travels along for the audit columns.
     */
    void commit() {
        byte[] file = uploaded;
        if (file == null) {
            return;
        }
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        busy(true);
        summary.setText(getTranslation("roster.committing"));
        ui.setPollInterval(500);
        Runnable task = () -> {
            try {
                int count = imports.commit(user, file, locale);
                deliver(ui, () -> imported(ui, count));
            } catch (RuntimeException e) {
                deliver(ui, () -> failed(ui, e));
            }
        };
        Thread.ofVirtual().name("roster-import").start(new DelegatingSecurityContextRunnable(task));
    }

    /** The user may have closed the tab meanwhile; the import itself is complete (or rolled back) either way. */
    private static void deliver(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // nobody left to tell
        }
    }

    private void imported(UI ui, int count) {
        ui.setPollInterval(-1);
        close();
        ErrorMessages.success(getTranslation("roster.imported", count));
        onImported.run();
    }

    private void failed(UI ui, RuntimeException error) {
        ui.setPollInterval(-1);
        busy(false);
        if (error instanceof RosterRejectedException rejected) {
            show(rejected.preview()); // the data changed since the preview: show what is wrong now
        } else {
            show(checked);
            ErrorMessages.show(error);
        }
    }

    private void busy(boolean busy) {
        progress.setVisible(busy);
        confirm.setEnabled(!busy);
        cancel.setEnabled(!busy);
        upload.setVisible(!busy);
        setCloseOnEsc(!busy);
        setCloseOnOutsideClick(!busy);
    }

    /**
     * The browser's size check is easy to bypass and Vaadin's default upload limits are "unlimited": the server
     * refuses larger uploads itself, before the in-memory handler buffers them.
     */
    private static UploadHandler limited(UploadHandler handler) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                handler.handleUploadRequest(event);
            }

            @Override
            public void responseHandled(UploadResult result) {
                handler.responseHandled(result);
            }

            @Override
            public long getFileSizeMax() {
                return RosterImportService.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return RosterImportService.MAX_BYTES + 64 * 1024L; // room for the multipart envelope
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }

    /** The browser refused the file before uploading it (wrong type or too large). */
    private void rejected() {
        int megabytes = RosterImportService.MAX_BYTES / 1048576;
        ErrorMessages.show(new UserFacingException("roster.error.fileRejected", megabytes));
    }

    private String unit(RosterRow row) {
        Organization unit = row.member().getOrganization();
        return unit == null ? row.unitCode() : unit.getName();
    }

    private Span state(RosterRow row) {
        Span badge = new Span(getTranslation(row.valid() ? "roster.row.ok" : "roster.row.error"));
        badge.getElement().getThemeList().addAll(List.of("badge", row.valid() ? "success" : "error"));
        return badge;
    }

    private Div errors(RosterRow row) {
        Div errors = new Div();
        for (RosterError error : row.errors()) {
            Div line = new Div(getTranslation("roster.errorLine", error.columnTitle(), error.message()));
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            errors.add(line);
        }
        return errors;
    }
}
