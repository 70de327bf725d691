package io.jifen.overview.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.organization.Organization;
import io.jifen.overview.BranchRow;
import io.jifen.overview.Overviews;
import io.jifen.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;

/**
 * 概览 for admins: a unit's child units compared (average total and members with results), the subtree's tiers and
 * participation, and a grid of the child units with what publication, objections and tasks report. The unit can be
 * given as {@code ?unit=<id>}; one outside the admin's subtree is ignored like a missing one.
 */
@Route("overview")
@Menu(title = "nav.overview", order = 0.5, icon = "vaadin:dashboard")
@RolesAllowed(Role.ADMIN_AUTHORITY)
class OverviewView extends OverviewPage implements BeforeEnterObserver {

    final ComboBox<Organization> unit = new ComboBox<>(getTranslation("overview.unit"));
    final EChart branches = new EChart();
    final Grid<BranchRow> grid = new Grid<>();

    OverviewView(Overviews overviews) {
        super(overviews, "overview.admin.title");
        branches.setId("chart-branches");
        unit.setItems(overviews.parents(user));
        unit.setItemLabelGenerator(Organization::getName);
        unit.setWidth("18em");
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadPeriods(e.getValue().getId());
            }
        });
        period.addValueChangeListener(e -> redraw());
        HorizontalLayout filters = new HorizontalLayout(unit, period);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        columns();
        add(filters, empty, chartRow(branches, tiers), chartRow(participation), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("unit")
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        Organization start = (wanted == null ? java.util.Optional.<Organization>empty()
                : overviews.unit(user, wanted)).or(() -> overviews.home(user)).orElse(null);
        if (start != null) {
            unit.setValue(start);
        }
    }

    @Override
    void redraw() {
        Organization u = unit.getValue();
        if (u == null) {
            return;
        }
        List<BranchRow> rows = period.getValue() == null ? List.of()
                : overviews.branches(user, u.getId(), period.getValue()).orElse(List.of());
        branches.setOption(options.branches(rows.stream().map(BranchRow::results).toList()));
        grid.setItems(rows);
        drawUnitCharts(u.getId());
    }

    private void columns() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.results().name()).setHeader(getTranslation("overview.col.unit")).setAutoWidth(true);
        grid.addColumn(r -> r.results().members()).setHeader(getTranslation("overview.col.members"));
        grid.addColumn(r -> r.results().average() == null ? none() : r.results().average().toPlainString())
                .setHeader(getTranslation("overview.col.average"));
        grid.addColumn(r -> r.status().publicationKey() == null ? none()
                : getTranslation(r.status().publicationKey())).setHeader(getTranslation("overview.col.publication"))
                .setAutoWidth(true);
        count("overview.col.openObjections", r -> r.status().openObjections());
        count("overview.col.overdueObjections", r -> r.status().overdueObjections());
        count("overview.col.openTasks", r -> r.status().openTasks());
        count("overview.col.overdueTasks", r -> r.status().overdueTasks());
    }

    private void count(String header, Function<BranchRow, Integer> value) {
        grid.addColumn(r -> value.apply(r) == null ? none() : value.apply(r).toString())
                .setHeader(getTranslation(header));
    }

    private String none() {
        return getTranslation("overview.none");
    }
}
