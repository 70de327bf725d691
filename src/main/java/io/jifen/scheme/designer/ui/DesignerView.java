package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.Draft;
import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.designer.DesignerSections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeService.DesignedVersion;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.extension.ExtensionView;
import io.jifen.scheme.extension.ui.ExtensionSection;
import io.jifen.scheme.sheet.ItemsSheetActions;
import io.jifen.scheme.summary.SchemeSummaryDialog;
import io.jifen.scheme.trial.ui.TrialPanels;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scheme.validation.SchemeValidator;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.security.access.AccessDeniedException;

/**
 * 方案设计器 on one version: the tree of categories and items beside the form of the selected node and the
 * scheme-wide sections, the live findings of the validator, save (Ctrl+S) with an optimistic lock, undo / redo,
 * validate and publish. A published version, or a user who may only read, sees it all read-only.
 */
@Route("schemes/design/:versionId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
public class DesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    public static final String PARAMETER = "versionId";

    private final transient SchemeService schemes;
    private final transient DesignerSections sectionFactory;
    private final transient TrialPanels trialPanels;
    private final transient List<DraftTool> draftTools;
    private final JifenUser user = CurrentUser.require();
    final DesignerHeader header = new DesignerHeader();
    final Button undo = header.undo;
    final Button redo = header.redo;
    final Button save = header.save;
    final Button validate = header.validate;
    final Button publish = header.publish;
    final Button newVersion = header.newVersion;
    final Button addCategory = new Button(getTranslation("designer.add.category"), VaadinIcon.FOLDER_ADD.create());
    final Button addSubCategory = new Button(getTranslation("designer.add.subCategory"));
    final Button addItem = new Button(getTranslation("designer.add.item"), VaadinIcon.PLUS.create());
    final Button duplicate = new Button(getTranslation("designer.duplicate"), VaadinIcon.COPY_O.create());
    final Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create());
    final TreeCommands commands;
    final DesignerTree tree;
    final NodePanel nodePanel = new NodePanel(this::apply);
    final CategoryForm categoryForm = nodePanel.categoryForm;
    final ItemForm itemForm = nodePanel.itemForm;
    final IssuesPanel issues = new IssuesPanel(this::open);
    /** The node form and the sections as tabs; every page stays attached (only shown or hidden), so focus works. */
    final Tabs tabs = new Tabs();
    private final Tab nodesTab = new Tab();
    private final Div pages = new Div(nodePanel);
    final Map<DesignerSection, Tab> sections = new LinkedHashMap<>();
    private final HorizontalLayout treeBar = new HorizontalLayout(addCategory, addSubCategory, addItem, duplicate,
            delete);
    private SchemeVersionRecord record;
    private DesignedVersion opened;
    private SchemeDocument loaded;
    private Draft draft;
    private boolean readOnly;
    /** On a branch's extension: the parent's nodes read-only, additions only inside the open categories. */
    private ExtensionMode extension = new ExtensionMode(null);
    private List<ValidationIssue> found = List.of();
    /** The last validation round trip, for the performance figures. */
    long lastValidationNanos;

    DesignerView(SchemeService schemes, DesignerSections sectionFactory, TrialPanels trialPanels,
            List<DraftTool> draftTools) {
        this.schemes = schemes;
        this.sectionFactory = sectionFactory;
        this.trialPanels = trialPanels;
        this.draftTools = draftTools;
        addClassName("jifen-view");
        setSizeFull();
        commands = new TreeCommands(() -> extension.shown(draft.current()), this::apply, this::select, this::getTranslation);
        tree = new DesignerTree(commands);
        tree.asSingleSelect().addValueChangeListener(e -> showNode());
        add(header(), body());
        shortcuts();
    }

    private DesignerHeader header() {
        save.addClickListener(e -> save());
        undo.addClickListener(e -> undo());
        redo.addClickListener(e -> redo());
        validate.addClickListener(e -> validateStored());
        publish.addClickListener(e -> publish());
        newVersion.addClickListener(e -> newVersion());
        return header;
    }

    private SplitLayout body() {
        addCategory.addClickListener(e -> commands.addSibling(tree.selected()));
        addSubCategory.addClickListener(e -> commands.addSubCategory(tree.selected()));
        addItem.addClickListener(e -> commands.addChild(tree.selected()));
        duplicate.addClickListener(e -> withSelected(commands::duplicate));
        delete.addClickListener(e -> withSelected(commands::delete));
        addCategory.setTooltipText("Alt+N");
        addItem.setTooltipText("Alt+Shift+N");
        duplicate.setTooltipText("Ctrl+D");
        delete.setTooltipText("Delete");
        treeBar.setWrap(true);
        List.of(addCategory, addSubCategory, addItem, duplicate, delete)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        tree.setSizeFull();
        VerticalLayout left = new VerticalLayout(treeBar, tree);
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, tree);
        nodesTab.setLabel(getTranslation("designer.tab.nodes"));
        tabs.add(nodesTab);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> showPage());
        pages.setWidthFull();
        VerticalLayout right = new VerticalLayout(tabs, pages, issues);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(38);
        split.setSizeFull();
        setFlexGrow(1, split);
        return split;
    }

    private void shortcuts() {
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Y, KeyModifier.CONTROL);
    }

    private void withSelected(java.util.function.Consumer<NodeRef> action) {
        NodeRef node = tree.selected();
        if (node != null) {
            action.accept(node);
        }
    }

    /** A foreign version and a missing one give the same "not found", before anything of it is shown. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAMETER);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            load(schemes.openForDesign(user, id.get()));
        } catch (AccessDeniedException foreignOrMissing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(DesignedVersion version) {
        opened = version;
        record = version.version();
        readOnly = record.getStatus() == SchemeStatus.PUBLISHED || !version.editable();
        try {
            loaded = SchemeDocuments.readDocument(record.getDocument());
        } catch (SchemeDocumentException unreadable) {
            removeAll();
            add(new Paragraph(getTranslation("designer.error.unreadable", unreadable.path())));
            return;
        }
        draft = new Draft(loaded.scheme());
        extension = new ExtensionMode(version.parent());
        extension.update(draft.current());
        commands.mode(extension);
        tree.mode(extension);
        nodePanel.mode(extension);
        header.title.setText(getTranslation("designer.title", version.schemeName()));
        sections.forEach((section, tab) -> {
            tabs.remove(tab);
            pages.remove(section.component());
        });
        sections.clear();
        DesignerContext context = new DesignerContext(user, version.organizationId(), version.parent(), readOnly,
                this::apply);
        List<DesignerSection> all = new java.util.ArrayList<>(sectionFactory.create(context));
        if (version.parent() != null) {
            all.add(new ExtensionSection(context));
        }
        all.add(new TrialTab(trialPanels.create(context, this::effective, version.schemeId())));
        List<Component> tools = new ArrayList<>(List.of(new ItemsSheetActions(context, draft::current), summary()));
        if (!readOnly) {
            // e.g. 影响预览 (io.jifen.impact): the draft as edited against the version in force
            draftTools.forEach(t -> tools.add(t.create(user, record.getId(), this::effective)));
        }
        header.tools(tools.toArray(Component[]::new));
        for (DesignerSection section : all) {
            Tab tab = new Tab(getTranslation(section.titleKey()));
            tabs.add(tab);
            pages.add(section.component());
            sections.put(section, tab);
        }
        tabs.setSelectedTab(nodesTab);
        showPage();
        tree.setEditable(!readOnly);
        nodePanel.setReadOnly(readOnly);
        treeBar.setVisible(!readOnly);
        tree.deselectAll();
        refresh();
    }

    SchemeVersion current() {
        return draft.current();
    }

    /** The draft as the engine takes it: merged onto the parent in force when it is a branch's extension. */
    private SchemeVersion effective() {
        return opened.parent() == null ? draft.current()
                : SchemeResolver.resolve(opened.parent(), draft.current()).effective();
    }

    /** 方案摘要: the plain-language page for members, of the draft as it is now. */
    private Button summary() {
        Button summary = new Button(getTranslation("designer.summary"), VaadinIcon.FILE_TEXT_O.create());
        summary.addClickListener(e -> new SchemeSummaryDialog(draft.current(), opened.parent()).open());
        return summary;
    }

    /** One edit of the draft (from the tree, a form or a section): recorded for undo and validated at once. */
    void apply(UnaryOperator<SchemeVersion> edit) {
        if (readOnly || draft == null) {
            return;
        }
        boolean changed;
        try {
            changed = draft.apply(edit);
        } catch (IllegalArgumentException | NullPointerException refused) {
            ErrorMessages.refused(getTranslation("designer.error.refusedValue"));
            return;
        }
        if (changed) {
            refresh();
        }
    }

    void undo() {
        if (!readOnly && draft.undo()) {
            refresh();
        }
    }

    void redo() {
        if (!readOnly && draft.redo()) {
            refresh();
        }
    }

    private void refresh() {
        SchemeVersion v = draft.current();
        tree.show(extension.shown(v));
        sections.keySet().forEach(s -> s.show(v));
        revalidate();
        showNode();
        updateState();
    }

    /** The validator on the draft in memory (with the parent in force for an extension): every change. */
    private void revalidate() {
        long start = System.nanoTime();
        SchemeVersion v = draft.current();
        ValidationReport report = SchemeValidator.validate(v, opened.parent());
        List<ValidationIssue> all = new java.util.ArrayList<>(report.issues());
        if (opened.parent() != null) {
            // an over-budget item is refused at its own field, besides the category's budget finding
            v.items().forEach(i -> ExtensionView.budgetIssue(v, opened.parent(), i.id()).ifPresent(all::add));
        }
        lastValidationNanos = System.nanoTime() - start;
        showFindings(all);
    }

    private void showFindings(List<ValidationIssue> issuesFound) {
        found = issuesFound;
        issues.show(found, draft.current());
        sections.keySet().forEach(s -> s.showIssues(found));
        nodePanel.mark(draft.current(), tree.selected(), found);
        publish.setEnabled(!readOnly && found.stream().noneMatch(ValidationIssue::isError));
    }

    private void showNode() {
        NodeRef node = tree.selected();
        nodePanel.show(draft == null ? null : draft.current(), node, readOnly, found);
        if (draft != null) {
            // on an extension the tree's commands follow the node: nothing is added to or changed in the parent's
            addCategory.setEnabled(extension.mayAddBeside(node));
            boolean inside = node == null ? extension.mayAddBeside(null)
                    : node.isCategory() ? extension.mayAddInside(node.id()) : extension.mayAddBeside(node);
            addItem.setEnabled(inside);
            addSubCategory.setEnabled(inside);
            duplicate.setEnabled(extension.changeable(node));
            delete.setEnabled(extension.deletable(node));
        }
    }

    private void showPage() {
        Tab selected = tabs.getSelectedTab();
        nodePanel.setVisible(selected == null || selected == nodesTab);
        sections.forEach((section, tab) -> section.component().setVisible(tab == selected));
    }

    void select(NodeRef node) {
        tabs.setSelectedTab(nodesTab);
        tree.reveal(node);
        showNode();
    }

    /** A finding chosen in the list: its node (or section) comes forward and the field takes the focus. */
    void open(ValidationIssue issue, IssuePlace place) {
        if (place.node() != null) {
            select(place.node());
            nodePanel.focus(place.node(), place.relative());
            return;
        }
        for (var section : sections.entrySet()) {
            if (section.getKey().focus(issue.path())) {
                tabs.setSelectedTab(section.getValue());
                return;
            }
        }
    }

    private void updateState() {
        boolean dirty = !readOnly && draft.dirty();
        undo.setEnabled(!readOnly && draft.canUndo());
        redo.setEnabled(!readOnly && draft.canRedo());
        save.setEnabled(dirty);
        List.of(undo, redo, save, validate, publish).forEach(b -> b.setVisible(!readOnly));
        newVersion.setVisible(record.getStatus() == SchemeStatus.PUBLISHED && user.has(Role.ADMIN));
        String state = getTranslation("schemes.versionNumber", record.getNumber()) + " · "
                + getTranslation("schemes.status." + record.getStatus().name());
        if (record.getEffectiveFrom() != null) {
            state += " · " + getTranslation("designer.effectiveFrom", record.getEffectiveFrom().toString());
        }
        if (readOnly) {
            state += " · " + getTranslation(record.getStatus() == SchemeStatus.PUBLISHED
                    ? "designer.readOnly.published" : "designer.readOnly.role");
        } else if (dirty) {
            state += " · " + getTranslation("designer.unsaved");
        }
        header.status.setText(state);
    }

    /** Ctrl+S: stores the draft over the state it was loaded from, never over someone else's save. */
    boolean save() {
        if (readOnly || draft == null) {
            return false;
        }
        try {
            String document = SchemeDocuments.write(new SchemeDocument(loaded.info(), draft.current()));
            record = schemes.saveDesigned(user, record.getId(), record.getVersion(), document);
            draft.markSaved();
            ErrorMessages.success(getTranslation("designer.saved", record.getNumber()));
            updateState();
            return true;
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return false;
        }
    }

    /** Validate ({@code designer.validate}): the stored document checked completely by the service; a clean one is marked validated. */
    ValidationReport validateStored() {
        if (readOnly || (draft.dirty() && !save())) {
            return null;
        }
        try {
            ValidationReport report = schemes.validate(user, record.getId());
            record = schemes.openForDesign(user, record.getId()).version();
            showFindings(report.issues());
            updateState();
            if (report.publishable()) {
                ErrorMessages.success(getTranslation("designer.validated", report.warnings().size()));
            } else {
                ErrorMessages.refused(getTranslation("designer.notValidated", report.errors().size()));
            }
            return report;
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return null;
        }
    }

    /** Publish ({@code designer.publish}): validated first; a draft with errors goes no further, else the date and warnings are confirmed. */
    void publish() {
        ValidationReport report = validateStored();
        if (report == null || !report.publishable()) {
            return;
        }
        List<String> warnings = issues.entries.stream().filter(e -> !e.issue().isError()).map(IssuesPanel.Entry::text)
                .toList();
        java.time.LocalDate suggested = draft.current().effectiveFrom() != null ? draft.current().effectiveFrom()
                : java.time.LocalDate.now();
        new PublishDialog(record.getNumber(), suggested, warnings, this::publishOn).open();
    }

    private void publishOn(java.time.LocalDate effectiveFrom) {
        try {
            schemes.publish(user, record.getId(), effectiveFrom);
            ErrorMessages.success(getTranslation("designer.published", record.getNumber(), effectiveFrom.toString()));
            load(schemes.openForDesign(user, record.getId()));
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    /** New version from this ({@code designer.newVersion}): the next version starts as a copy of this published one. */
    void newVersion() {
        try {
            SchemeVersionRecord next = schemes.newVersionFrom(user, record.getId());
            UI.getCurrent().navigate(DesignerView.class, new RouteParameters(PARAMETER, next.getId().toString()));
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    /** Unsaved changes are not lost silently: leaving asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (readOnly || draft == null || !draft.dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("designer.leave.title"),
                getTranslation("designer.leave.text"), getTranslation("designer.leave.confirm"),
                e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("designer.leave.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("designer.pageTitle") + " · " + getTranslation("app.title");
    }
}
