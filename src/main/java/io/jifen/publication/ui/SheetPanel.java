package io.jifen.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.publication.PublicationReads;
import io.jifen.publication.Snapshot;
import io.jifen.publication.SnapshotRow;
import io.jifen.printable.ui.PrintAnchors;
import io.jifen.security.JifenUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One snapshot revision as the 公示 shows it: its revision number (bundle key {@code publication.sheet.title}) with its window, what changed against the revision before,
 * and every member's total, tier, rank and reasons (the items with points) in the reader's language.
 */
class SheetPanel extends VerticalLayout {

    private final transient PublicationReads reads;
    private final JifenUser user;
    private final transient Clock clock;
    final H3 title = new H3();
    final Paragraph window = new Paragraph();
    final UnorderedList changes = new UnorderedList();
    final Grid<SnapshotRow> rows = new Grid<>();
    private final Div print = new Div();

    SheetPanel(PublicationReads reads, JifenUser user, Clock clock) {
        this.reads = reads;
        this.user = user;
        this.clock = clock;
        setPadding(false);
        rows.addColumn(SnapshotRow::unitRank).setHeader(getTranslation("publication.col.rank")).setWidth("5rem")
                .setFlexGrow(0);
        rows.addColumn(SnapshotRow::memberName).setHeader(getTranslation("publication.col.member"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.total().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("publication.col.total")).setAutoWidth(true);
        rows.addColumn(SnapshotRow::tierName).setHeader(getTranslation("publication.col.tier")).setAutoWidth(true);
        rows.addColumn(r -> String.join(getTranslation("publication.reason.separator"),
                reads.reasons(r, getLocale()))).setHeader(getTranslation("publication.col.reasons")).setFlexGrow(1);
        rows.setAllRowsVisible(true);
        add(title, window, print, changes, rows);
        setVisible(false);
    }

    void show(Snapshot s) {
        if (s == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        title.setText(getTranslation("publication.sheet.title", s.periodStart().toString(),
                s.periodEnd().toString(), s.revision()));
        window.setText(s.windowFrom() == null ? getTranslation("publication.state." + s.state().name())
                : getTranslation("publication.sheet.window", s.windowFrom().toString(), s.windowTo().toString(),
                        getTranslation("publication.state." + s.state().name())));
        changes.removeAll();
        List<String> lines = reads.changes(user, s.id(), getLocale());
        if (!lines.isEmpty()) {
            changes.add(new ListItem(getTranslation("publication.sheet.changes", s.revision() - 1)));
            lines.forEach(l -> changes.add(new ListItem(l)));
        }
        rows.setItems(reads.rows(user, s.id()));
        long id = s.id();
        print.removeAll();
        print.add(PrintAnchors.publicitySheet(() -> reads.sheet(user, id, getLocale()),
                getTranslation("publication.print"), getTranslation("publication.print.file", s.periodStart().toString(),
                        s.revision()), getLocale(), LocalDate.now(clock)));
    }
}
