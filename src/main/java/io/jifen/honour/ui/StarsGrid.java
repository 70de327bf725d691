package io.jifen.honour.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.jifen.honour.StarRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One row per member, one column per assessed period and one for the year, each cell the stored tier (星级): the
 * stars of a unit at a glance.
 */
class StarsGrid extends Grid<StarsGrid.Line> {

    record Line(String name, Map<LocalDate, String> periods, String year) {
    }

    StarsGrid() {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<StarRow> rows) {
        removeAllColumns();
        addColumn(Line::name).setHeader(getTranslation("honour.stars.col.member")).setAutoWidth(true);
        TreeSet<LocalDate> periods = new TreeSet<>();
        Map<Long, Line> lines = new LinkedHashMap<>();
        for (StarRow r : rows) {
            Line l = lines.computeIfAbsent(r.memberId(), id -> new Line(r.memberName(), new LinkedHashMap<>(),
                    null));
            if ("YEAR".equals(r.level())) {
                lines.put(r.memberId(), new Line(l.name(), l.periods(), r.tierName()));
            } else {
                periods.add(r.periodStart());
                l.periods().put(r.periodStart(), r.tierName());
            }
        }
        for (LocalDate p : periods) {
            addColumn(l -> l.periods().getOrDefault(p, "")).setHeader(getTranslation("honour.stars.col.period",
                    p.toString())).setAutoWidth(true);
        }
        addColumn(l -> l.year() == null ? "" : l.year()).setHeader(getTranslation("honour.stars.col.year"))
                .setAutoWidth(true);
        setItems(new ArrayList<>(lines.values()));
    }
}
