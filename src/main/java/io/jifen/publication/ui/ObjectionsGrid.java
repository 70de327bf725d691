package io.jifen.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import io.jifen.publication.Objection;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/** Objections with their state, due day (overdue marked) and answer; member names from the snapshot's rows. */
class ObjectionsGrid extends Grid<Objection> {

    private transient Map<Long, String> names = Map.of();

    ObjectionsGrid(Supplier<LocalDate> today) {
        addColumn(o -> names.getOrDefault(o.memberId(), "")).setHeader(getTranslation("publication.col.member"))
                .setAutoWidth(true);
        addColumn(o -> o.entryId() == null ? getTranslation("publication.objection.toResult")
                : getTranslation("publication.objection.toEntry", o.entryId()))
                .setHeader(getTranslation("publication.objection.col.subject")).setAutoWidth(true);
        addColumn(Objection::reason).setHeader(getTranslation("publication.objection.col.reason")).setFlexGrow(1);
        addColumn(o -> o.answerDue().toString()).setHeader(getTranslation("publication.objection.col.due"))
                .setAutoWidth(true);
        addColumn(o -> o.overdueOn(today.get()) ? getTranslation("publication.objection.overdue")
                : getTranslation("publication.objection.state." + o.state().name()))
                .setHeader(getTranslation("publication.objection.col.state")).setAutoWidth(true);
        addColumn(o -> o.answer() == null ? "" : o.answer())
                .setHeader(getTranslation("publication.objection.col.answer")).setFlexGrow(1);
        setAllRowsVisible(true);
    }

    void names(Map<Long, String> byMember) {
        this.names = byMember;
    }
}
