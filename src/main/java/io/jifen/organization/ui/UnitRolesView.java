package io.jifen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.UnitRole;
import io.jifen.organization.UnitRoleService;
import io.jifen.organization.UnitRoleService.Holder;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 组织角色: per unit, who holds which roster role (党小组长, 部门负责人, …), with add and remove. A secretary works on
 * their branch and its groups, an admin on their whole subtree; the service checks both again.
 */
@Route("unit-roles")
@Menu(title = "nav.unitRoles", order = 2.5, icon = "vaadin:user-star")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class UnitRolesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient UnitRoleService roles;
    private final JifenUser user = CurrentUser.require();
    final TreeGrid<Organization> units = new TreeGrid<>();
    final Grid<Holder> holders = new Grid<>();
    final H3 unitTitle = new H3();
    final UnitRolePicker picker;

    UnitRolesView(UnitRoleService roles, OrganizationService organizations,
            io.jifen.organization.MemberService members) {
        this.roles = roles;
        addClassName("jifen-view");
        setSizeFull();
        picker = new UnitRolePicker(members, user, this::assign);
        configureUnits(organizations.tree(user));
        configureHolders();
        VerticalLayout detail = new VerticalLayout(unitTitle, picker, holders);
        detail.setPadding(false);
        detail.setSizeFull();
        HorizontalLayout content = new HorizontalLayout(units, detail);
        content.setSizeFull();
        content.setFlexGrow(1, units);
        content.setFlexGrow(2, detail);
        H2 title = new H2(getTranslation("nav.unitRoles"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.addClassName("jifen-view-header");
        add(header, content);
        setFlexGrow(1, content);
        show(null);
    }

    private void configureUnits(List<Organization> tree) {
        Map<Long, Organization> byId = new HashMap<>();
        TreeData<Organization> data = new TreeData<>();
        for (Organization unit : tree) {
            Organization parent = unit.getParent() == null ? null : byId.get(unit.getParent().getId());
            data.addItem(parent, unit);
            byId.put(unit.getId(), unit);
        }
        units.setDataProvider(new TreeDataProvider<>(data));
        units.addHierarchyColumn(Organization::getName).setHeader(getTranslation("organization.name"));
        units.addColumn(o -> getTranslation(o.getType().messageKey())).setHeader(getTranslation("organization.type"))
                .setAutoWidth(true);
        units.expand(data.getRootItems());
        units.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
    }

    private void configureHolders() {
        holders.addColumn(h -> getTranslation("unitRole.kind." + h.kind())).setHeader(getTranslation("unitRoles.kind"))
                .setAutoWidth(true);
        holders.addColumn(Holder::memberName).setHeader(getTranslation("unitRoles.holder")).setAutoWidth(true);
        holders.addColumn(Holder::memberUnit).setHeader(getTranslation("unitRoles.memberUnit")).setAutoWidth(true);
        holders.addColumn(Holder::createdBy).setHeader(getTranslation("unitRoles.assignedBy")).setAutoWidth(true);
        holders.addColumn(h -> h.createdAt() == null ? "" : AT.format(h.createdAt()))
                .setHeader(getTranslation("unitRoles.assignedAt")).setAutoWidth(true);
        holders.addComponentColumn(h -> {
            Button remove = new Button(getTranslation("unitRoles.remove"), e -> remove(h));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true);
        holders.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        holders.setEmptyStateText(getTranslation("unitRoles.empty"));
    }

    /** Shows the holders of the selected unit; nothing selected: a hint, no picker. */
    void show(Organization unit) {
        picker.setUnit(unit);
        unitTitle.setText(unit == null ? getTranslation("unitRoles.pickUnit") : unit.getName());
        holders.setVisible(unit != null);
        holders.setItems(unit == null ? List.of() : roles.list(user, unit.getId()));
    }

    private void assign(Organization unit, long memberId, UnitRole.Kind kind, String memberName) {
        try {
            roles.assign(user, unit.getId(), memberId, kind);
            ErrorMessages.success(getTranslation("unitRoles.assigned", memberName,
                    getTranslation("unitRole.kind." + kind)));
            show(unit);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    private void remove(Holder h) {
        try {
            roles.remove(user, h.roleId());
            ErrorMessages.success(getTranslation("unitRoles.removed", h.memberName(),
                    getTranslation("unitRole.kind." + h.kind())));
            units.getSelectedItems().stream().findFirst().ifPresent(this::show);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.unitRoles");
    }
}
