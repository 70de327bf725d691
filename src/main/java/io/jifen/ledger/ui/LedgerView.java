package io.jifen.ledger.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerCorrections;
import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.sheet.EntryImportService;
import io.jifen.ledger.sheet.EntrySheetFiles;
import io.jifen.ledger.sheet.ui.EntryDownloads;
import io.jifen.ledger.sheet.ui.EntryImportDialog;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Item;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 积分台账: the entries in the user's reach (a secretary's branch, an admin's subtree, a group leader's groups), paged
 * lazily from the database without counting, newest first. Secretaries record single entries and bulk activities
 * and reverse confirmed entries; group leaders supplement entries for their groups' members.
 */
@Route("ledger")
@Menu(title = "nav.ledger", order = 4, icon = "vaadin:records")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY, Role.MEMBER_AUTHORITY})
class LedgerView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LedgerRow> grid = new Grid<>();
    final Button record = new Button();
    final Button bulk = new Button();
    final Button reverse = new Button();
    final Button importEntries = new Button();
    final Anchor exportEntries = new Anchor();
    LedgerFilterBar filters;
    private final JifenUser user = CurrentUser.require();
    private final transient LedgerService ledger;
    private final transient LedgerCorrections corrections;
    private final transient LedgerQuery query;
    private final transient SchemesInForce schemes;
    private final transient Clock clock;
    private final transient EntryImportService imports;
    private final transient EntrySheetFiles files;
    private final LedgerReach reach;
    private List<Organization> units = List.of();

    LedgerView(LedgerService ledger, LedgerCorrections corrections, LedgerQuery query, SchemesInForce schemes,
            MemberLookup lookup, Clock clock, EntryImportService imports, EntrySheetFiles files) {
        this.ledger = ledger;
        this.imports = imports;
        this.files = files;
        this.corrections = corrections;
        this.query = query;
        this.schemes = schemes;
        this.clock = clock;
        this.reach = ledger.reach(user);
        addClassName("jifen-view");
        setSizeFull();
        add(new H2(getTranslation("ledger.view.title")));
        if (reach.readablePaths().isEmpty()) {
            add(new Paragraph(getTranslation("ledger.view.noReach")));
            return;
        }
        units = reach.readablePaths().stream().flatMap(p -> lookup.subtree(p).stream()).toList();
        filters = new LedgerFilterBar(units, itemsToday(), () -> grid.getDataProvider().refreshAll());
        add(toolbar(), filters, grid);
        configureGrid();
    }

    private List<Item> itemsToday() {
        return schemes.forUnit(reach.readablePaths().getFirst(), today())
                .map(f -> f.scheme().items()).orElse(List.of());
    }

    private HorizontalLayout toolbar() {
        boolean manages = reach.managedPath() != null;
        record.setText(getTranslation("ledger.action.record"));
        record.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        record.addClickListener(e -> new EntryDialog(user, manages ? EntrySource.SECRETARY
                : EntrySource.GROUP_LEADER, ledger, query, schemes, today(), this::refresh).open());
        bulk.setText(getTranslation("ledger.action.bulk"));
        bulk.addClickShortcut(Key.KEY_B, KeyModifier.ALT);
        bulk.setVisible(manages);
        bulk.addClickListener(e -> new BulkEntryDialog(user, units, ledger, query, schemes, today(), this::refresh)
                .open());
        reverse.setText(getTranslation("ledger.action.reverse"));
        reverse.setVisible(manages);
        reverse.setEnabled(false);
        reverse.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openReverse));
        importEntries.setText(getTranslation("ledger.action.import"));
        importEntries.setVisible(manages);
        importEntries.addClickListener(e -> new EntryImportDialog(imports, files, user, selectedUnit().getId(),
                this::refresh).open());
        exportEntries.add(new Button(getTranslation("ledger.action.export")));
        exportEntries.setVisible(manages);
        exportEntries.setHref(EntryDownloads.export(files, user, () -> selectedUnit().getId(),
                () -> filters.filter().from(), () -> filters.filter().to(),
                getTranslation("ledger.action.exportFile") + ".xlsx"));
        return new HorizontalLayout(record, bulk, reverse, importEntries, exportEntries);
    }

    /** The unit the filter names, else the top of the user's reach: imports and exports act on it. */
    private Organization selectedUnit() {
        String path = filters.filter().unitPath();
        return units.stream().filter(u -> u.getPath().equals(path)).findFirst().orElse(units.getFirst());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LedgerRow::date).setHeader(getTranslation("ledger.column.date")).setAutoWidth(true);
        grid.addColumn(LedgerRow::memberName).setHeader(getTranslation("ledger.column.member")).setAutoWidth(true);
        grid.addColumn(LedgerRow::unitName).setHeader(getTranslation("ledger.column.unit")).setAutoWidth(true);
        // long texts grow, resize and show whole on hover; figures take the width they need
        grid.addColumn(LedgerRow::itemName).setHeader(getTranslation("ledger.column.item")).setFlexGrow(2)
                .setResizable(true).setTooltipGenerator(LedgerRow::itemName);
        grid.addColumn(LedgerRow::optionLabel).setHeader(getTranslation("ledger.column.option")).setResizable(true);
        grid.addColumn(r -> ItemRules.plain(r.points())).setHeader(getTranslation("ledger.column.points"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerRow::count).setHeader(getTranslation("ledger.column.count")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("ledger.source." + r.source().name()))
                .setHeader(getTranslation("ledger.column.source"));
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("ledger.column.status"))
                .setAutoWidth(true);
        grid.addColumn(LedgerRow::basis).setHeader(getTranslation("ledger.column.basis")).setFlexGrow(2)
                .setResizable(true).setTooltipGenerator(r -> r.basis() == null ? "" : r.basis());
        grid.addColumn(LedgerRow::recordedBy).setHeader(getTranslation("ledger.column.recorder"));
        grid.setItems(q -> query.page(user, filters.filter(), q.getOffset(), q.getLimit()).stream());
        grid.addSelectionListener(e -> reverse.setEnabled(e.getFirstSelectedItem().map(LedgerView::reversible)
                .orElse(false)));
    }

    /** Status, and the reversal marks (冲正 / 已冲正) that keep a correction visible beside what it corrects. */
    Span statusCell(LedgerRow r) {
        return StatusBadge.of(statusText(r), r.status(), r.isReversal() || r.isReversed());
    }

    String statusText(LedgerRow r) {
        String status = getTranslation("ledger.status." + r.status().name());
        if (r.isReversal()) {
            return getTranslation("ledger.mark.reversal", status, r.reverses());
        }
        return r.isReversed() ? getTranslation("ledger.mark.reversed", status, r.reversedBy()) : status;
    }

    static boolean reversible(LedgerRow r) {
        return r.status() == EntryStatus.CONFIRMED && !r.isReversal() && !r.isReversed();
    }

    void openReverse(LedgerRow r) {
        new ReasonDialog(getTranslation("ledger.reverse.title"),
                getTranslation("ledger.reverse.explain", r.memberName(), r.itemName(), r.date()),
                getTranslation("ledger.action.reverse"), reason -> {
                    try {
                        corrections.reverse(user, r.id(), reason);
                        ErrorMessages.success(getTranslation("ledger.reverse.done"));
                        refresh();
                        return null;
                    } catch (RuntimeException refused) {
                        return InputErrors.describe(this, refused);
                    }
                }).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.view.title");
    }
}
