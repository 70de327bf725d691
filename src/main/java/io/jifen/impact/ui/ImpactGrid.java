package io.jifen.impact.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.jifen.impact.ImpactRow;
import io.jifen.impact.Standing;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;

/** The members side by side: in force, draft, difference and the tier's move; sortable, in memory. */
class ImpactGrid extends Grid<ImpactRow> {

    ImpactGrid() {
        super(ImpactRow.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(ImpactRow::memberName).setHeader(getTranslation("impact.col.member")).setSortable(true)
                .setAutoWidth(true).setFrozen(true);
        addColumn(ImpactRow::unitName).setHeader(getTranslation("impact.col.unit")).setSortable(true)
                .setAutoWidth(true);
        side(ImpactRow::now, "impact.col.nowTotal", "impact.col.nowTier", "impact.col.nowRank");
        side(ImpactRow::draft, "impact.col.draftTotal", "impact.col.draftTier", "impact.col.draftRank");
        addColumn(r -> number(r.difference())).setHeader(getTranslation("impact.col.difference"))
                .setComparator(Comparator.comparing(ImpactRow::difference,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> getTranslation("impact.change." + r.change().name()))
                .setHeader(getTranslation("impact.col.change")).setSortable(true).setAutoWidth(true);
    }

    /** Total, tier and rank under one version. */
    private void side(Function<ImpactRow, Standing> of, String totalKey, String tierKey, String rankKey) {
        addColumn(r -> of.apply(r) == null ? dash() : number(of.apply(r).total()))
                .setHeader(getTranslation(totalKey)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> of.apply(r) == null ? null : of.apply(r).total(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        addColumn(r -> of.apply(r) == null || of.apply(r).tierName() == null ? dash() : of.apply(r).tierName())
                .setHeader(getTranslation(tierKey)).setAutoWidth(true);
        addColumn(r -> of.apply(r) == null || of.apply(r).rank() == null ? dash()
                : getTranslation("impact.rank", of.apply(r).rank(), of.apply(r).of()))
                .setHeader(getTranslation(rankKey)).setAutoWidth(true);
    }

    private String number(BigDecimal value) {
        return value == null ? dash() : value.stripTrailingZeros().toPlainString();
    }

    private String dash() {
        return getTranslation("impact.none");
    }
}
