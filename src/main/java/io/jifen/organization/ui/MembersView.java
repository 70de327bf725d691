package io.jifen.organization.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.jifen.organization.Member;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberOrder;
import io.jifen.organization.MemberService;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.UnitRole;
import io.jifen.organization.UnitRoleService;
import io.jifen.organization.roster.RosterExportService;
import io.jifen.organization.roster.RosterImportService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * The roster grid of a secretary (or admin): lazy pages from the database, filters, sorting, a side form and bulk
 * moves. Only members inside the user's scope are ever queried.
 */
@Route("members")
@Menu(title = "nav.members", order = 2, icon = "vaadin:users")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final transient MemberService members;
    private final JifenUser user = CurrentUser.require();
    final Grid<Member> grid = new Grid<>();
    final MemberFilterBar filters;
    final MemberForm form;
    final Button addMember = new Button(getTranslation("member.add"));
    final Button moveSelected = new Button(getTranslation("member.moveSelected"));
    final Button importRoster = new Button(getTranslation("roster.import"));
    final Anchor downloadTemplate;
    final Anchor exportRoster;
    final HorizontalLayout toolbar;
    final Span count = new Span();
    private final List<Organization> units;
    private final transient RosterImportService rosterImports;
    private final transient UnitRoleService unitRoles;
    private final Clock clock;
    /** The roster roles of the members in scope (a small table), reloaded with the grid for the badges. */
    private Map<Long, Set<UnitRole.Kind>> roleKinds = Map.of();
    /** The grid's filter for the export, which runs in a download request outside the UI's session lock. */
    private volatile MemberFilter currentFilter = MemberFilter.none();
    /** The grid's order, for the export likewise. */
    private volatile Sort currentSort = Sort.unsorted();

    MembersView(MemberService members, OrganizationService organizations, RosterImportService rosterImports,
            RosterExportService rosterExports, UnitRoleService unitRoles, Clock clock) {
        this.members = members;
        this.unitRoles = unitRoles;
        this.clock = clock;
        this.rosterImports = rosterImports;
        addClassName("jifen-view");
        setSizeFull();
        units = organizations.memberUnits(user);
        filters = new MemberFilterBar(organizations.tree(user), members.memberClasses(user), this::refresh);
        form = new MemberForm(members.memberClasses(user), units);
        form.setVisible(false);
        form.addSaveListener(e -> save(e.member()));
        form.addCloseListener(e -> closeForm());
        form.archive.addClickListener(e -> openArchive(form.member()));
        form.delete.addClickListener(e -> openDelete(form.member()));

        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMember.addClickListener(e -> openForm(newMember()));
        addMember.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        moveSelected.setEnabled(false);
        moveSelected.addClickListener(e -> openMove(grid.getSelectedItems()));
        importRoster.addClickListener(e -> openImport());
        downloadTemplate = download(getTranslation("roster.downloadTemplate"), templateDownload(rosterExports));
        exportRoster = download(getTranslation("roster.export"), exportDownload(rosterExports));
        toolbar = new HorizontalLayout(addMember, moveSelected, downloadTemplate, importRoster, exportRoster);
        toolbar.setWrap(true);

        configureGrid();
        HorizontalLayout content = new HorizontalLayout(grid, form);
        // the rest of the view's height, not 100% of it: the form then scrolls inside it and its buttons stay in view
        content.setWidthFull();
        content.setMinHeight("0");
        content.setFlexGrow(1, grid);
        form.setHeightFull();
        add(header(), filters, toolbar, content);
        setFlexGrow(1, content);
    }

    /** Title and the number of records the grid's current filter finds (the grid's own count, no extra query). */
    private HorizontalLayout header() {
        // registered on the grid itself, so it keeps working when refresh() installs a new data provider
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(getTranslation(
                e.isItemCountEstimated() ? "member.countAtLeast" : "member.count", e.getItemCount())));
        count.addClassName("jifen-count");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.members")), count);
        header.addClassName("jifen-view-header");
        return header;
    }

    private void configureGrid() {
        grid.addColumn(Member::getName).setHeader(getTranslation("member.name")).setSortProperty(MemberOrder.NAME)
                .setFrozen(true).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.getGender().messageKey())).setHeader(getTranslation("member.gender"))
                .setSortProperty(MemberOrder.GENDER).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.getStatus().messageKey())).setHeader(getTranslation("member.status"))
                .setSortProperty(MemberOrder.STATUS).setAutoWidth(true);
        grid.addColumn(m -> m.getMemberClass() == null ? "" : m.getMemberClass().getName())
                .setHeader(getTranslation("member.memberClass")).setSortProperty(MemberOrder.MEMBER_CLASS)
                .setAutoWidth(true);
        grid.addColumn(m -> m.getOrganization().getName()).setHeader(getTranslation("member.organization"))
                .setSortProperty(MemberOrder.UNIT).setAutoWidth(true);
        grid.addColumn(m -> m.getJoinDate() == null ? "" : DATE.format(m.getJoinDate()))
                .setHeader(getTranslation("member.joinDate")).setSortProperty(MemberOrder.JOIN_DATE).setAutoWidth(true);
        grid.addColumn(Member::getPhone).setHeader(getTranslation("member.phone")).setAutoWidth(true);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("member.flags")).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addSortListener(e -> currentSort = springSort(e.getSortOrder()));
        grid.addSelectionListener(e -> moveSelected.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.addItemClickListener(e -> openForm(members.get(user, e.getItem().getId())));
        grid.setSizeFull();
        refresh();
    }

    private HorizontalLayout flags(Member member) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        if (member.isMobile()) {
            badges.add(badge(getTranslation("member.mobile"), "badge"));
        }
        if (member.isExempt()) {
            badges.add(badge(getTranslation("member.exempt"), "badge contrast"));
        }
        roleKinds.getOrDefault(member.getId(), Set.of()).forEach(kind ->
                badges.add(badge(getTranslation("unitRole.kind." + kind), "badge success")));
        if (!member.isActiveOn(LocalDate.now(clock))) {
            badges.add(badge(getTranslation("member.transferredOut"), "badge error"));
        }
        if (member.isArchived()) {
            badges.add(badge(getTranslation("member.archived"), "badge contrast"));
        }
        return badges;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    /**
     * Re-queries with the current filter; the grid fetches only the rows it shows. The count runs once here, not
     * again when the grid re-asks for the size after a sort (a sort changes no count).
     */
    void refresh() {
        var filter = filters.value();
        currentFilter = filter;
        roleKinds = unitRoles.kindsByMember(user);
        long[] counted = {-1};
        grid.setItemsPageable(pageable -> members.page(user, filter, pageable), pageable -> {
            if (counted[0] < 0) {
                counted[0] = members.count(user, filter);
            }
            return counted[0];
        });
    }

    /** The grid's sort as the service takes it (the columns' sort properties are {@link MemberOrder} keys). */
    private static Sort springSort(List<GridSortOrder<Member>> orders) {
        return Sort.by(orders.stream().flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(o -> new Sort.Order(o.getDirection() == SortDirection.DESCENDING
                        ? Sort.Direction.DESC : Sort.Direction.ASC, o.getSorted()))
                .toList());
    }

    private Member newMember() {
        Member member = new Member();
        filters.selectedUnit().filter(u -> u.getType().holdsMembers()).ifPresent(member::setOrganization);
        return member;
    }

    void openForm(Member member) {
        form.edit(member);
        form.archive.setVisible(!member.isNew());
        form.archive.setText(getTranslation(member.isArchived() ? "member.restore" : "member.archive"));
        form.delete.setVisible(!member.isNew() && members.isDeletable(member));
        form.setVisible(true);
    }

    /** Archive needs a reason; restoring an archived member does not (the archive stays in the audit trail). */
    void openArchive(Member member) {
        if (member.isArchived()) {
            afterRecordAction(() -> members.restore(user, member.getId()), "member.restored", member.getName());
            return;
        }
        new MemberReasonDialog(getTranslation("member.archiveTitle", member.getName()),
                getTranslation("member.archiveText"), getTranslation("member.archive"), false,
                reason -> afterRecordAction(() -> members.archive(user, member.getId(), reason), "member.archivedDone",
                        member.getName())).open();
    }

    void openDelete(Member member) {
        new MemberReasonDialog(getTranslation("member.deleteTitle", member.getName()),
                getTranslation("member.deleteText"), getTranslation("action.delete"), true,
                reason -> afterRecordAction(() -> members.deleteMistake(user, member.getId(), reason),
                        "member.deleted", member.getName())).open();
    }

    private boolean afterRecordAction(Runnable action, String successKey, String name) {
        try {
            action.run();
            ErrorMessages.success(getTranslation(successKey, name));
            closeForm();
            refresh();
            return true;
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return false;
        }
    }

    void closeForm() {
        form.setVisible(false);
        grid.deselectAll();
    }

    void save(Member member) {
        try {
            Member saved = members.save(user, member);
            ErrorMessages.success(getTranslation("member.saved", saved.getName()));
            closeForm();
            refresh();
        } catch (UserFacingException refused) {
            if (refused.messageKey().equals("member.error.usernameTaken")) {
                form.refuseLoginName(ErrorMessages.describe(UI.getCurrent(), refused));
            } else {
                ErrorMessages.show(refused);
            }
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    void openMove(Set<Member> selected) {
        new MemberMoveDialog(selected.size(), units, target -> {
            try {
                int moved = members.moveAll(user, selected.stream().map(Member::getId).toList(), target.getId());
                ErrorMessages.success(getTranslation("member.moved", moved, target.getName()));
                grid.deselectAll();
                refresh();
                return true;
            } catch (RuntimeException e) {
                ErrorMessages.show(e);
                return false;
            }
        }).open();
    }

    void openImport() {
        new RosterImportDialog(rosterImports, user, this::refresh).open();
    }

    /** The template is built per download: its drop-downs list the units and classes of this user. */
    private DownloadHandler templateDownload(RosterExportService exports) {
        String fileName = exports.templateFileName(getLocale());
        return DownloadHandler.fromInputStream(event -> {
            byte[] template = exports.template(user);
            return new DownloadResponse(new ByteArrayInputStream(template), fileName, RosterImportDialog.XLSX,
                    template.length);
        });
    }

    /** Streams the export straight into the response: no copy of a large workbook is held in memory. */
    private DownloadHandler exportDownload(RosterExportService exports) {
        String fileName = exports.exportFileName(getLocale());
        return event -> {
            event.setFileName(fileName);
            event.setContentType(RosterImportDialog.XLSX);
            exports.export(user, currentFilter, currentSort, event.getOutputStream());
        };
    }

    private static Anchor download(String text, DownloadHandler handler) {
        Anchor link = new Anchor();
        link.setHref(handler, AttachmentType.DOWNLOAD);
        link.add(new Button(text));
        return link;
    }

    JifenUser user() {
        return user;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members") + " · " + getTranslation("app.title");
    }
}
