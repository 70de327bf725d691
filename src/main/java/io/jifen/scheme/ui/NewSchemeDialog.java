package io.jifen.scheme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemeCatalog;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeService.ImportedScheme;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A new scheme: from one of the templates (with its description and the tree of its categories and items), as a
 * copy of a scheme in scope, blank, or imported from a JSON document. Templates, copies and blanks become drafts as
 * they are; an import is checked first and stored only when it has no error (every error is listed, in words).
 */
class NewSchemeDialog extends Dialog {

    enum Source { TEMPLATE, COPY, BLANK, IMPORT }

    /** Largest JSON document accepted from the browser (the largest template is about 40 kB). */
    static final long MAX_UPLOAD = 2L * 1024 * 1024;

    private final Source source;
    private final transient SchemeService schemes;
    private final transient SchemeCatalog catalog;
    private final JifenUser user;
    private final Runnable onCreated;
    final ComboBox<Organization> organization = new ComboBox<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<SchemeRow> parent = new ComboBox<>();
    final ListBox<SchemeTemplates.Entry> templates = new ListBox<>();
    final Paragraph description = new Paragraph();
    final SchemePreview preview = new SchemePreview();
    final ComboBox<SchemeRow> copyOf = new ComboBox<>();
    final Upload upload = new Upload();
    final UnorderedList errors = new UnorderedList();
    final Button create = new Button();
    private String uploaded;

    NewSchemeDialog(Source source, SchemeService schemes, SchemeCatalog catalog, JifenUser user,
                    List<Organization> units, Runnable onCreated) {
        this.source = source;
        this.schemes = schemes;
        this.catalog = catalog;
        this.user = user;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("schemes.new." + source.name()));
        setWidth("52em");
        organization.setLabel(getTranslation("schemes.organization"));
        organization.setItems(units);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setRequired(true);
        code.setLabel(getTranslation("schemes.code"));
        code.setRequired(true);
        code.setMaxLength(40);
        name.setLabel(getTranslation("schemes.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        parent.setLabel(getTranslation("schemes.parent"));
        parent.setHelperText(getTranslation("schemes.parentHelp"));
        if (user.has(Role.ADMIN)) {
            parent.setItemsPageable((pageable, filter) -> catalog.page(user, filter, pageable));
        } else {
            // a branch secretary starts only their own branch's extension of a scheme above that allows it
            parent.setItems(catalog.branchParents(user));
            parent.setRequired(true);
        }
        parent.setItemLabelGenerator(SchemeRow::name);
        parent.setClearButtonVisible(user.has(Role.ADMIN));
        FormLayout fields = new FormLayout(organization, code, name, parent);
        VerticalLayout body = new VerticalLayout(fields);
        body.setPadding(false);
        sourcePart(body);
        errors.addClassName("jifen-errors");
        body.add(errors);
        add(body);
        create.setText(getTranslation(source == Source.IMPORT ? "schemes.import" : "schemes.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    private void sourcePart(VerticalLayout body) {
        switch (source) {
            case TEMPLATE -> {
                templates.setItems(SchemeTemplates.list());
                templates.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                        t -> t.seed() + " · " + t.organization() + " · " + t.name()));
                templates.addValueChangeListener(e -> showTemplate(e.getValue()));
                templates.setHeight("10em");
                body.add(templates, description, preview);
            }
            case COPY -> {
                copyOf.setLabel(getTranslation("schemes.copyOf"));
                copyOf.setItemsPageable((pageable, filter) -> catalog.page(user, filter, pageable));
                copyOf.setItemLabelGenerator(r -> r.name() + " · " + r.organization());
                copyOf.setRequired(true);
                copyOf.setWidthFull();
                body.add(copyOf);
            }
            case IMPORT -> {
                upload.setUploadHandler(new LimitedInMemory(this::receive));
                upload.addFileRejectedListener(e -> errors.add(new ListItem(
                        getTranslation("schemes.error.fileRejected", String.valueOf(MAX_UPLOAD / 1024)))));
                upload.setAcceptedFileTypes("application/json", ".json");
                upload.setMaxFiles(1);
                upload.setMaxFileSize((int) MAX_UPLOAD);
                body.add(new Paragraph(getTranslation("schemes.importHelp")), upload);
            }
            case BLANK -> body.add(new Paragraph(getTranslation("schemes.blankHelp")));
        }
    }

    /**
     * The browser's size limit is easy to bypass and Vaadin's own server limits are "unlimited": the server refuses
     * a larger document itself, before the in-memory handler buffers it.
     */
    private static final class LimitedInMemory extends InMemoryUploadHandler {

        LimitedInMemory(SerializableConsumer<byte[]> receiver) {
            super((metadata, bytes) -> receiver.accept(bytes));
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_UPLOAD + 64 * 1024L; // room for the multipart envelope
        }
    }

    private void showTemplate(SchemeTemplates.Entry entry) {
        if (entry == null) {
            description.setText("");
            preview.setVisible(false);
            return;
        }
        var document = SchemeTemplates.load(entry.id());
        description.setText(document.info().description() == null ? "" : document.info().description());
        preview.show(document.scheme());
        preview.setVisible(true);
        if (name.isEmpty()) {
            name.setValue(entry.name());
        }
    }

    /** The uploaded file, kept until "import" is pressed; nothing is stored before. */
    void receive(byte[] bytes) {
        uploaded = new String(bytes, StandardCharsets.UTF_8);
        errors.removeAll();
    }

    void submit() {
        errors.removeAll();
        if (!complete()) {
            return;
        }
        try {
            store();
            ErrorMessages.success(getTranslation("schemes.created", name.getValue().strip()));
            close();
            onCreated.run();
        } catch (SchemeRejectedException rejected) {
            list(rejected.report().errors());
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    private boolean complete() {
        boolean ok = !organization.isEmpty() && !code.getValue().isBlank() && !name.getValue().isBlank()
                && switch (source) {
                    case TEMPLATE -> !templates.isEmpty();
                    case COPY -> !copyOf.isEmpty();
                    case IMPORT -> uploaded != null;
                    case BLANK -> true;
                } && (user.has(Role.ADMIN) || !parent.isEmpty());
        if (!ok) {
            errors.add(new ListItem(getTranslation("schemes.error.incomplete")));
        }
        return ok;
    }

    private void store() {
        long unit = organization.getValue().getId();
        String newCode = code.getValue().strip();
        String newName = name.getValue().strip();
        Long parentId = parent.isEmpty() ? null : parent.getValue().id();
        switch (source) {
            case TEMPLATE -> schemes.create(user, unit, newCode, newName, parentId,
                    SchemeTemplates.json(templates.getValue().id()));
            case COPY -> catalog.copy(user, copyOf.getValue().id(), unit, newCode, newName, parentId);
            case BLANK -> schemes.create(user, unit, newCode, newName, parentId, parentId == null
                    ? SchemeCatalog.blankDocument(newCode, newName) : SchemeCatalog.blankExtension(newCode, newName));
            case IMPORT -> schemes.importAll(user, List.of(new ImportedScheme(newCode, newName,
                    organization.getValue().getCode(), parentId, uploaded)));
        }
    }

    /** Every error with its place in the document ({@code $} is the document itself), in the user's language. */
    private void list(List<ValidationIssue> issues) {
        for (ValidationIssue issue : issues) {
            String place = issue.path().replaceFirst("^\\$\\[0\\]\\.document", "\\$").replaceFirst("^\\$\\[0\\]", "\\$");
            errors.add(new ListItem(getTranslation("schemes.error.at", place,
                    ValidationMessages.format(issue, getLocale()))));
        }
    }
}
