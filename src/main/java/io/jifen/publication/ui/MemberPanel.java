package io.jifen.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.publication.ObjectionService;
import io.jifen.publication.ObjectionService.EntryChoice;
import io.jifen.publication.PublicationReads;
import io.jifen.publication.Snapshot;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member's side of the 公示: the published sheets of their unit, the objection form while the window is open (to one of
 * their entries or to their result, with a reason and evidence files), and their objections with the answers.
 */
class MemberPanel extends VerticalLayout {

    private final transient PublicationReads reads;
    private final transient ObjectionService objectionService;
    private final JifenUser user;
    private final transient List<ObjectionService.Upload> files = new ArrayList<>();
    final ComboBox<Snapshot> publication = new ComboBox<>();
    final SheetPanel sheet;
    final ComboBox<EntryChoice> entry = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Upload upload = new Upload();
    final Button object = new Button();
    final ObjectionsGrid mine;

    MemberPanel(PublicationReads reads, ObjectionService objectionService, JifenUser user, Clock clock) {
        this.reads = reads;
        this.objectionService = objectionService;
        this.user = user;
        this.sheet = new SheetPanel(reads, user, clock);
        this.mine = new ObjectionsGrid(() -> LocalDate.now(clock));
        setPadding(false);
        publication.setLabel(getTranslation("publication.field.publication"));
        publication.setItemLabelGenerator(s -> getTranslation("publication.sheet.title", s.periodStart().toString(),
                s.periodEnd().toString(), s.revision()));
        publication.addValueChangeListener(e -> show(e.getValue()));
        entry.setLabel(getTranslation("publication.objection.field.entry"));
        entry.setPlaceholder(getTranslation("publication.objection.toResult"));
        entry.setClearButtonVisible(true);
        entry.setItemLabelGenerator(c -> getTranslation("publication.objection.entryLabel", c.date().toString(),
                c.itemName(), c.value() == null ? "" : c.value().stripTrailingZeros().toPlainString()));
        reason.setLabel(getTranslation("publication.objection.field.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        upload.setMaxFiles(EvidenceService.MAX_FILES);
        upload.setMaxFileSize(EvidenceService.MAX_BYTES);
        object.setText(getTranslation("publication.objection.action.raise"));
        object.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        object.addClickListener(e -> raise());
        add(publication, sheet, new H3(getTranslation("publication.objection.raiseTitle")), entry, reason, upload,
                object, new H3(getTranslation("publication.objection.mine")), mine);
        reload();
    }

    void received(String name, byte[] bytes) {
        files.add(new ObjectionService.Upload(name, bytes));
    }

    private void reload() {
        List<Snapshot> list = reads.publishedForMe(user);
        Snapshot before = publication.getValue();
        publication.setItems(list);
        publication.setValue(list.stream().filter(s -> before != null && s.id() == before.id()).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst()));
        mine.names(Map.of());
        mine.setItems(objectionService.mine(user));
    }

    private void show(Snapshot s) {
        sheet.show(s);
        entry.setItems(s == null ? List.of() : objectionService.entries(user, s.id()));
        object.setEnabled(s != null);
    }

    private void raise() {
        Snapshot s = publication.getValue();
        EntryChoice e = entry.getValue();
        try {
            objectionService.raise(user, s.id(), e == null ? null : e.id(), reason.getValue(), List.copyOf(files));
            ErrorMessages.success(getTranslation("publication.objection.raised"));
            reason.clear();
            entry.clear();
            files.clear();
            upload.clearFileList();
        } catch (RuntimeException ex) {
            ErrorMessages.show(ex);
        }
        reload();
    }
}
