package io.jifen.printable.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jifen.printable.WorkbookTemplates;
import io.jifen.printable.WorkbookTemplates.Stored;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.ui.ErrorMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The unit's own Excel template: what is stored, how placeholders are written, an upload checked at once (each
 * unknown placeholder listed with its sheet and cell), and removal.
 */
class TemplateDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient WorkbookTemplates templates;
    private final JifenUser user;
    private final long unitId;
    final Span current = new Span();
    final UnorderedList problems = new UnorderedList();
    final Upload upload = new Upload();
    final Button remove = new Button();

    TemplateDialog(WorkbookTemplates templates, JifenUser user, long unitId) {
        this.templates = templates;
        this.user = user;
        this.unitId = unitId;
        setHeaderTitle(getTranslation("print.template.title"));
        setWidth("min(720px, 96vw)");
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> uploaded(meta.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(WorkbookTemplates.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", PrintAnchors.XLSX);
        upload.setUploadButton(new Button(getTranslation("print.template.upload")));
        remove.setText(getTranslation("print.template.remove"));
        remove.addClickListener(e -> removed());
        add(new Div(current), new Paragraph(getTranslation("print.template.help")), upload, problems);
        getFooter().add(remove, new Button(getTranslation("score.statement.close"), e -> close()));
        showCurrent();
    }

    /** The in-memory handler calls back inside UI.access, so components may be updated here. */
    void uploaded(String fileName, byte[] bytes) {
        upload.clearFileList();
        problems.removeAll();
        try {
            Stored s = templates.upload(user, unitId, fileName, bytes);
            ErrorMessages.success(getTranslation("print.template.saved", s.fileName()));
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> problems.add(new ListItem(getTranslation(err.messageKey(),
                    err.arguments().toArray()))));
        } catch (RuntimeException e) {
            problems.add(new ListItem(ErrorMessages.describe(UI.getCurrent(), e)));
        }
        showCurrent();
    }

    private void removed() {
        if (templates.remove(user, unitId)) {
            ErrorMessages.success(getTranslation("print.template.removed"));
        }
        showCurrent();
    }

    private void showCurrent() {
        var stored = templates.find(user, unitId);
        current.setText(stored.map(s -> getTranslation("print.template.current", s.fileName(), s.uploadedBy(),
                WHEN.format(s.uploadedAt().atZone(ZoneId.systemDefault())))).orElse(
                        getTranslation("print.template.none")));
        remove.setEnabled(stored.isPresent());
    }
}
