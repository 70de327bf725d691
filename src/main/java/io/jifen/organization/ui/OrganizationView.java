package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization tree (党委 → 总支 → 支部 → 党小组). Admins add, edit, move, deactivate and delete units;
 * secretaries see their branch read-only. The whole tree of one tenant is small (dozens to a few hundred units),
 * so it is loaded at once; members are never loaded here.
 */
@Route("organizations")
@Menu(title = "nav.organizations", order = 1, icon = "vaadin:sitemap")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class OrganizationView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrganizationService organizations;
    private final JifenUser user = CurrentUser.require();
    final TreeGrid<Organization> tree = new TreeGrid<>();
    final Button add = new Button(getTranslation("organization.add"));
    final Button edit = new Button(getTranslation("action.edit"));
    final Button move = new Button(getTranslation("organization.move"));
    final Button deactivate = new Button(getTranslation("organization.deactivate"));
    final Button delete = new Button(getTranslation("action.delete"));
    final Span count = new Span();
    /** The loaded units by id; parents are looked up here because the entities' parent links are lazy. */
    private Map<Long, Organization> byId = Map.of();

    OrganizationView(OrganizationService organizations) {
        this.organizations = organizations;
        addClassName("jifen-view");
        setSizeFull();
        configureTree();
        HorizontalLayout toolbar = new HorizontalLayout(add, edit, move, deactivate, delete);
        toolbar.setVisible(user.has(Role.ADMIN));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add.addClickListener(e -> selected(parent -> openForm(null, parent)));
        edit.addClickListener(e -> selected(unit -> openForm(unit, parentOf(unit))));
        move.addClickListener(e -> selected(this::openMove));
        deactivate.addClickListener(e -> selected(this::toggleActive));
        delete.addClickListener(e -> selected(this::confirmDelete));
        count.addClassName("jifen-count");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.organizations")), count);
        header.addClassName("jifen-view-header");
        add(header, toolbar, tree);
        refresh(null);
        updateButtons(null);
    }

    private void configureTree() {
        tree.addHierarchyColumn(Organization::getName).setHeader(getTranslation("organization.name"))
                .setFlexGrow(3);
        tree.addColumn(Organization::getCode).setHeader(getTranslation("organization.code"));
        tree.addColumn(o -> getTranslation(o.getType().messageKey())).setHeader(getTranslation("organization.type"));
        tree.addComponentColumn(o -> {
            Span state = new Span(getTranslation(o.isActive() ? "organization.active" : "organization.inactive"));
            state.getElement().getThemeList().add(o.isActive() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("organization.state"));
        tree.setSelectionMode(Grid.SelectionMode.SINGLE);
        tree.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        tree.addItemDoubleClickListener(e -> {
            if (user.has(Role.ADMIN)) {
                openForm(e.getItem(), parentOf(e.getItem()));
            }
        });
        tree.setSizeFull();
    }

    /** Reloads the tree and keeps the given unit selected and visible. */
    void refresh(Long selectId) {
        // parents first (depth), then siblings in the order the admin set, then by code
        List<Organization> units = organizations.tree(user).stream()
                .sorted(java.util.Comparator.comparingInt(Organization::depth)
                        .thenComparingInt(Organization::getSortOrder).thenComparing(Organization::getCode))
                .toList();
        count.setText(getTranslation("organization.count", units.size()));
        byId = new HashMap<>();
        TreeData<Organization> data = new TreeData<>();
        for (Organization unit : units) {
            data.addItem(parentOf(unit), unit);
            byId.put(unit.getId(), unit);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 2);
        Organization selected = selectId == null ? null : byId.get(selectId);
        if (selected != null) {
            for (Organization p = parentOf(selected); p != null; p = parentOf(p)) {
                tree.expand(p);
            }
            tree.select(selected);
        }
        updateButtons(selected);
    }

    /** The parent as loaded in this view, or {@code null} for the top of the user's scope. */
    Organization parentOf(Organization unit) {
        return unit.getParent() == null ? null : byId.get(unit.getParent().getId());
    }

    private void updateButtons(Organization selected) {
        boolean some = selected != null;
        add.setEnabled(some && selected.getType() != OrganizationType.GROUP);
        edit.setEnabled(some);
        move.setEnabled(some && parentOf(selected) != null);
        deactivate.setEnabled(some && parentOf(selected) != null);
        deactivate.setText(getTranslation(some && !selected.isActive()
                ? "organization.reactivate" : "organization.deactivate"));
        delete.setEnabled(some && parentOf(selected) != null);
    }

    private void selected(java.util.function.Consumer<Organization> action) {
        tree.asSingleSelect().getOptionalValue().ifPresent(action);
    }

    void openForm(Organization unit, Organization parent) {
        OrganizationForm form = new OrganizationForm(unit, parent, saved -> refresh(saved.getId()),
                organizations, user);
        form.open();
    }

    void openMove(Organization unit) {
        new OrganizationMoveDialog(unit, organizations.tree(user), target -> {
            try {
                organizations.move(user, unit.getId(), target.getId());
                ErrorMessages.success(getTranslation("organization.moved", unit.getName(), target.getName()));
                refresh(unit.getId());
                return true;
            } catch (RuntimeException e) {
                ErrorMessages.show(e);
                return false;
            }
        }).open();
    }

    void toggleActive(Organization unit) {
        try {
            if (unit.isActive()) {
                organizations.deactivate(user, unit.getId());
                ErrorMessages.success(getTranslation("organization.deactivated", unit.getName()));
            } else {
                organizations.reactivate(user, unit.getId());
                ErrorMessages.success(getTranslation("organization.reactivated", unit.getName()));
            }
            refresh(unit.getId());
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    void confirmDelete(Organization unit) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("organization.deleteTitle"),
                getTranslation("organization.deleteText", unit.getName()), getTranslation("action.delete"),
                e -> delete(unit));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    void delete(Organization unit) {
        try {
            organizations.delete(user, unit.getId());
            ErrorMessages.success(getTranslation("organization.deleted", unit.getName()));
            refresh(null);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organizations") + " · " + getTranslation("app.title");
    }
}
