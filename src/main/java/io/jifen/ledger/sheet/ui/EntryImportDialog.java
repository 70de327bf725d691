package io.jifen.ledger.sheet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jifen.ledger.sheet.EntryImportPreview;
import io.jifen.ledger.sheet.EntryImportRejectedException;
import io.jifen.ledger.sheet.EntryImportService;
import io.jifen.ledger.sheet.EntrySheetFiles;
import io.jifen.ledger.sheet.SheetProblem;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Excel import of entries into one unit: template → upload → preview of every problem (row, column, message) → import
 * of all rows in one transaction, in the background with a progress bar. The import button works only for a file
 * without problems, and the import re-checks the uploaded bytes on the server instead of trusting the preview.
 */
public class EntryImportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(EntryImportDialog.class);

    private final transient EntryImportService imports;
    private final JifenUser user;
    private final long unitId;
    private final Runnable onImported;
    final Anchor template = new Anchor();
    final Upload upload = new Upload();
    final Span fileName = new Span();
    final Span summary = new Span();
    final Grid<SheetProblem> problems = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button();
    final Button confirm = new Button();
    private byte[] uploaded;

    public EntryImportDialog(EntryImportService imports, EntrySheetFiles files, JifenUser user, long unitId,
            Runnable onImported) {
        this.imports = imports;
        this.user = user;
        this.unitId = unitId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("ledger.sheet.importTitle"));
        setWidth("min(1000px, 96vw)");
        setHeight("80vh");
        setResizable(true);
        template.setHref(EntryDownloads.template(files, user, unitId,
                getTranslation("ledger.sheet.templateFile") + ".xlsx"));
        template.add(new Button(getTranslation("ledger.sheet.downloadTemplate")));
        configureUpload();
        configureGrid();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Div content = new Div(new Paragraph(getTranslation("ledger.sheet.importHint", EntryImportService.MAX_ROWS)),
                template, upload, new Div(fileName, new Span(" "), summary), progress, problems);
        content.setSizeFull();
        content.getStyle().set("display", "flex").set("flex-direction", "column");
        add(content);
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        confirm.setText(getTranslation("ledger.sheet.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> commit());
        getFooter().add(cancel, confirm);
    }

    private void configureUpload() {
        // the in-memory handler runs its callback inside UI.access, so the preview may update components directly
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> check(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EntryImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", EntryDownloads.XLSX);
        upload.setUploadButton(new Button(getTranslation("ledger.sheet.uploadButton")));
        upload.setDropLabel(new Span(getTranslation("ledger.sheet.dropLabel")));
    }

    private void configureGrid() {
        problems.addColumn(SheetProblem::row).setHeader(getTranslation("ledger.sheet.grid.row")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(SheetProblem::column).setHeader(getTranslation("ledger.sheet.grid.column"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(SheetProblem::message).setHeader(getTranslation("ledger.sheet.grid.message"))
                .setFlexGrow(3);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        problems.getStyle().set("flex", "1 1 auto");
    }

    /** Reads and checks the upload right away; a file-level problem replaces the preview with one message. */
    void check(String name, byte[] bytes) {
        upload.clearFileList();
        fileName.setText(name);
        try {
            show(imports.preview(user, unitId, bytes, getLocale()));
            uploaded = bytes;
        } catch (RuntimeException e) {
            if (!(e instanceof UserFacingException)) {
                LOG.warn("Entry sheet preview failed", e);
            }
            uploaded = null;
            problems.setVisible(false);
            confirm.setEnabled(false);
            error(ErrorMessages.describe(UI.getCurrent(), e));
        }
    }

    private void show(EntryImportPreview preview) {
        boolean importable = preview.importable();
        summary.setText(importable ? getTranslation("ledger.sheet.summaryOk", preview.rows())
                : getTranslation("ledger.sheet.summary", preview.rows(), preview.badRows(), preview.problems().size()));
        summary.getStyle().set("color", importable ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        problems.setItems(preview.problems());
        problems.setVisible(!importable);
        confirm.setEnabled(importable);
    }

    private void error(String text) {
        summary.setText(text);
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    /** Stores the rows in the background; polling carries the result back (the application runs without push). */
    void commit() {
        byte[] file = uploaded;
        if (file == null) {
            return;
        }
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        busy(true);
        summary.setText(getTranslation("ledger.sheet.committing"));
        ui.setPollInterval(500);
        Runnable task = () -> {
            try {
                EntryImportService.Imported result = imports.commit(user, unitId, file, locale);
                deliver(ui, () -> imported(ui, result));
            } catch (RuntimeException e) {
                deliver(ui, () -> failed(ui, e));
            }
        };
        Thread.ofVirtual().name("entry-import").start(new DelegatingSecurityContextRunnable(task));
    }

    private static void deliver(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the tab is gone; the import is complete (or rolled back) either way
        }
    }

    private void imported(UI ui, EntryImportService.Imported result) {
        ui.setPollInterval(-1);
        close();
        ErrorMessages.success(getTranslation(result.scoredInBackground() ? "ledger.sheet.importedInBackground"
                : "ledger.sheet.imported", result.stored()));
        onImported.run();
    }

    private void failed(UI ui, RuntimeException e) {
        ui.setPollInterval(-1);
        busy(false);
        if (e instanceof EntryImportRejectedException rejected) {
            show(rejected.preview()); // the data changed since the preview: show what is wrong now
        } else {
            if (!(e instanceof UserFacingException)) {
                LOG.warn("Entry import failed", e);
            }
            error(ErrorMessages.describe(ui, e));
            confirm.setEnabled(true);
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
}
