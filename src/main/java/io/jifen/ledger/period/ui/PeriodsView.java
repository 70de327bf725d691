package io.jifen.ledger.period.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.ledger.period.PeriodService;
import io.jifen.ledger.period.PeriodState;
import io.jifen.ledger.ui.ReasonDialog;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 考核周期: the assessed periods of a unit's scheme, open or closed, with who closed them and when. A secretary closes
 * their unit's periods; only an admin reopens one, with a reason (both are audited).
 */
@Route("periods")
@Menu(title = "nav.periods", order = 7, icon = "vaadin:calendar")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class PeriodsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    final ComboBox<Organization> unit = new ComboBox<>();
    final Grid<PeriodState> grid = new Grid<>();
    private final JifenUser user = CurrentUser.require();
    private final transient PeriodService periods;

    PeriodsView(PeriodService periods, OrganizationService organizations) {
        this.periods = periods;
        addClassName("jifen-view");
        setSizeFull();
        List<Organization> units = organizations.tree(user);
        unit.setLabel(getTranslation("ledger.period.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        unit.addValueChangeListener(e -> refresh());
        grid.addColumn(p -> p.start() + " ~ " + p.end()).setHeader(getTranslation("ledger.period.column.period"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.closed() ? (p.closedAbove() ? "ledger.period.state.closedAbove"
                : "ledger.period.state.closed") : "ledger.period.state.open")).setHeader(getTranslation("ledger.period.column.state"));
        grid.addColumn(PeriodState::closedBy).setHeader(getTranslation("ledger.period.column.closedBy"));
        grid.addColumn(p -> p.closedAt() == null ? "" : AT.format(p.closedAt()))
                .setHeader(getTranslation("ledger.period.column.closedAt"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("ledger.period.column.actions")).setAutoWidth(true);
        add(new H2(getTranslation("ledger.period.title")), unit, grid);
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
    }

    Component actions(PeriodState p) {
        if (!p.closed()) {
            Button close = new Button(getTranslation("ledger.period.action.close"), e -> close(p));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return close;
        }
        if (user.has(Role.ADMIN) && !p.closedAbove()) {
            Button reopen = new Button(getTranslation("ledger.period.action.reopen"), e -> openReopen(p));
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return reopen;
        }
        return new Span();
    }

    void close(PeriodState p) {
        try {
            periods.close(user, unit.getValue().getId(), p.start(), p.end());
            ErrorMessages.success(getTranslation("ledger.period.closed", p.start(), p.end()));
        } catch (RuntimeException refused) {
            ErrorMessages.show(refused);
        }
        refresh();
    }

    void openReopen(PeriodState p) {
        new ReasonDialog(getTranslation("ledger.period.reopen.title"), getTranslation("ledger.period.reopen.explain", p.start(),
                p.end()), getTranslation("ledger.period.action.reopen"), reason -> {
                    try {
                        periods.reopen(user, unit.getValue().getId(), p.start(), reason);
                        refresh();
                        return null;
                    } catch (UserFacingException refused) {
                        return getTranslation(refused.messageKey(), refused.arguments());
                    }
                }).open();
    }

    void refresh() {
        grid.setItems(unit.getValue() == null ? List.of() : periods.list(user, unit.getValue().getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.period.title");
    }
}
