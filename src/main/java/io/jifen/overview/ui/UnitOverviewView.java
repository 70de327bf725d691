package io.jifen.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.organization.Organization;
import io.jifen.overview.BranchStatus;
import io.jifen.overview.Overviews;
import io.jifen.overview.UnitSummary;
import io.jifen.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * 本支部概览 for secretaries: their own branch's participation and tiers, the entries waiting for their review, and
 * the open and overdue objections and tasks the other parts report.
 */
@Route("overview/unit")
@Menu(title = "nav.overview", order = 0.5, icon = "vaadin:dashboard")
@RolesAllowed(Role.SECRETARY_AUTHORITY)
class UnitOverviewView extends OverviewPage {

    private final Organization unit;
    final Span pendingReviews = figure();
    final Span openObjections = figure();
    final Span overdueObjections = figure();
    final Span openTasks = figure();
    final Span overdueTasks = figure();

    UnitOverviewView(Overviews overviews) {
        super(overviews, "overview.unit.title");
        this.unit = overviews.home(user).orElseThrow();
        period.addValueChangeListener(e -> redraw());
        FlexLayout figures = new FlexLayout(card("overview.pendingReviews", pendingReviews),
                card("overview.col.openObjections", openObjections),
                card("overview.col.overdueObjections", overdueObjections), card("overview.col.openTasks", openTasks),
                card("overview.col.overdueTasks", overdueTasks));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        add(new Span(unit.getName()), period, empty, figures, chartRow(participation, tiers));
        loadPeriods(unit.getId());
    }

    @Override
    void redraw() {
        UnitSummary summary = overviews.summary(user, unit.getId(), period.getValue()).orElseThrow();
        pendingReviews.setText(Long.toString(summary.pendingReviews()));
        BranchStatus s = summary.status();
        show(openObjections, s.openObjections());
        show(overdueObjections, s.overdueObjections());
        show(openTasks, s.openTasks());
        show(overdueTasks, s.overdueTasks());
        drawUnitCharts(unit.getId());
    }

    private void show(Span figure, Integer value) {
        figure.setText(value == null ? getTranslation("overview.none") : value.toString());
    }

    private Div card(String labelKey, Span figure) {
        Div card = new Div(new Div(getTranslation(labelKey)), figure);
        card.addClassName("jifen-figure");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "9em");
        return card;
    }

    private static Span figure() {
        Span s = new Span();
        s.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return s;
    }
}
