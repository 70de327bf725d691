package io.jifen.scheme.sheet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The designer's Excel buttons: download the draft's categories-and-items table, upload an edited one. A correct
 * upload replaces the table as one edit (one undo step); a wrong one changes nothing and lists every problem.
 */
public class ItemsSheetActions extends HorizontalLayout {

    private final transient DesignerContext context;
    private final transient Supplier<SchemeVersion> draft;
    private final transient I18NProvider messages = messages();
    final Anchor export = new Anchor();
    final Button importButton = new Button();
    final Dialog importDialog = new Dialog();
    final Upload upload = new Upload();
    final Span fileProblem = new Span();

    public ItemsSheetActions(DesignerContext context, Supplier<SchemeVersion> draft) {
        this.context = context;
        this.draft = draft;
        setPadding(false);
        Locale locale = getLocale(); // the download runs outside the UI's request: nothing of the UI is read there
        export.setHref(DownloadHandler.fromInputStream(event -> {
            SchemeVersion current = draft.get();
            byte[] file = ItemsSheet.export(current, context.parent(), messages);
            return new DownloadResponse(new ByteArrayInputStream(file),
                    ItemsSheet.fileName(current, messages, locale), ItemsSheet.XLSX, file.length);
        }), AttachmentType.DOWNLOAD);
        export.add(new Button(t("sheet.export")));
        importButton.setText(t("sheet.import"));
        importButton.setEnabled(!context.readOnly());
        importButton.setTooltipText(context.readOnly() ? t("sheet.readOnly") : null);
        importButton.addClickListener(e -> openImport());
        configureDialog();
        add(export, importButton);
    }

    private void configureDialog() {
        importDialog.setHeaderTitle(t("sheet.importTitle"));
        importDialog.setWidth("min(36em, 96vw)");
        upload.setUploadHandler(new Limited(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ItemsSheet.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ItemsSheet.XLSX);
        upload.setUploadButton(new Button(t("sheet.uploadButton")));
        upload.setDropLabel(new Span(t("sheet.dropLabel")));
        upload.addFileRejectedListener(e -> fileProblem.setText(t("sheet.fileRejected",
                ItemsSheet.MAX_BYTES / 1048576)));
        fileProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        importDialog.add(new Paragraph(t("sheet.importHint")), upload, fileProblem);
        importDialog.getFooter().add(new Button(t("action.cancel"), e -> importDialog.close()));
    }

    void openImport() {
        fileProblem.setText("");
        upload.clearFileList();
        importDialog.open();
    }

    /**
     * Checks the uploaded workbook against the draft as it is now and applies it, or shows why not.
     *
     * @return whether the draft was changed
     */
    boolean receive(byte[] workbook) {
        upload.clearFileList();
        if (context.readOnly()) {
            fileProblem.setText(t("sheet.readOnly"));
            return false;
        }
        ItemsImport result;
        try {
            result = ItemsSheet.read(workbook, draft.get(), context.parent(), messages, getLocale());
        } catch (UserFacingException e) {
            fileProblem.setText(t(e.messageKey(), e.arguments()));
            return false;
        }
        if (!result.ok()) {
            new SheetErrorsDialog(result.errors(), messages, getLocale()).open();
            return false;
        }
        context.edit().accept(result.table().asEdit());
        importDialog.close();
        // as ErrorMessages.success does; that class is for views, and this component is mounted by the designer
        Notification.show(t("sheet.imported", result.table().categories().size(), result.table().items().size()),
                3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private String t(String key, Object... args) {
        return messages.getTranslation(key, getLocale(), args);
    }

    /** The application's bundles; a bare Vaadin (a unit test) has none of its own, so they are read directly. */
    private static I18NProvider messages() {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
        return provider instanceof Messages ? provider : new Messages();
    }

    /**
     * The browser's size check is easy to bypass and Vaadin's own limits are "unlimited": the server refuses a larger
     * file itself, before the in-memory handler buffers it.
     */
    private static final class Limited extends InMemoryUploadHandler {

        Limited(ItemsSheetActions owner) {
            super((metadata, bytes) -> owner.receive(bytes));
        }

        @Override
        public long getFileSizeMax() {
            return ItemsSheet.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return ItemsSheet.MAX_BYTES + 64 * 1024L;
        }
    }
}
