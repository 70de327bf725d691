package io.jifen.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.jifen.overview.OverviewPeriod;
import io.jifen.overview.Overviews;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import java.util.List;

/**
 * What both overviews share: the period choice, the participation and tier charts of one unit's subtree, and a
 * wrapping row the charts sit in (two side by side on a wide screen, one per line in a narrow frame).
 */
abstract class OverviewPage extends VerticalLayout implements HasDynamicTitle {

    protected final transient Overviews overviews;
    protected final JifenUser user = CurrentUser.require();
    protected final ChartOptions options = new ChartOptions(this::getTranslation);
    final ComboBox<OverviewPeriod> period = new ComboBox<>(getTranslation("overview.period"));
    final EChart participation = chart("participation");
    final EChart tiers = chart("tiers");
    final Div empty = new Div();
    private final String titleKey;

    OverviewPage(Overviews overviews, String titleKey) {
        this.overviews = overviews;
        this.titleKey = titleKey;
        addClassName("jifen-view");
        setWidthFull();
        add(new H2(getTranslation(titleKey)));
        period.setItemLabelGenerator(p -> getTranslation("score.board.periodChoice",
                getTranslation("score.level." + p.level()), p.start().toString(), p.end().toString()));
        period.setWidth("22em");
        empty.setText(getTranslation("overview.noResults"));
        empty.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    /** A row of charts that wraps; each chart at least 24em wide. */
    static FlexLayout chartRow(Component... charts) {
        FlexLayout row = new FlexLayout(charts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        for (Component c : charts) {
            row.setFlexGrow(1, c);
            c.getElement().getStyle().set("min-width", "24em").set("flex-basis", "0");
        }
        return row;
    }

    /** Loads the periods of this year for the unit and selects the current one (which redraws through its listener). */
    void loadPeriods(long unitId) {
        List<OverviewPeriod> periods = overviews.periods(user, unitId, overviews.today().getYear());
        period.setItems(periods);
        empty.setVisible(periods.isEmpty());
        OverviewPeriod current = overviews.current(periods).orElse(null);
        if (current == null || current.equals(period.getValue())) {
            period.setValue(current);
            redraw();
        } else {
            period.setValue(current);
        }
    }

    /** Participation of the running year and the tiers of the chosen period, for {@code unitId}. */
    void drawUnitCharts(long unitId) {
        overviews.participation(user, unitId, overviews.today().getYear())
                .ifPresent(m -> participation.setOption(options.participation(m)));
        tiers.setOption(options.tiers(period.getValue() == null ? List.of()
                : overviews.tiers(user, unitId, period.getValue()).orElse(List.of())));
    }

    abstract void redraw();

    private static EChart chart(String name) {
        EChart chart = new EChart();
        chart.setId("chart-" + name);
        return chart;
    }
}
