package io.jifen.scheme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.VersionHistory;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 修改历史 of one version: who, when, and what each revision changed, in words (newest first). */
class VersionHistoryPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final H4 title = new H4();
    final Grid<VersionHistory.Entry> entries = new Grid<>();

    private final transient SchemeService schemes;
    private final JifenUser user;

    VersionHistoryPanel(SchemeService schemes, JifenUser user) {
        this.schemes = schemes;
        this.user = user;
        setPadding(false);
        entries.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("versions.history.at"))
                .setKey("at").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(VersionHistory.Entry::by).setHeader(getTranslation("versions.history.by"))
                .setKey("by").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> getTranslation("schemes.status." + e.status().name()))
                .setHeader(getTranslation("schemes.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        entries.addComponentColumn(this::changes).setHeader(getTranslation("versions.history.changes"))
                .setKey("changes").setFlexGrow(1);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        add(title, entries);
    }

    void show(SchemeVersionRecord version) {
        title.setText(getTranslation("versions.history.of", version.getNumber()));
        try {
            entries.setItems(schemes.historyInWords(user, version.getId()));
        } catch (RuntimeException e) {
            entries.setItems(List.of());
            ErrorMessages.show(e);
        }
    }

    /** One line per change, so a long revision stays readable in its cell. */
    Div changes(VersionHistory.Entry entry) {
        Div lines = new Div();
        entry.changes().forEach(p -> lines.add(new Div(ExplanationMessages.format(p, getLocale()))));
        return lines;
    }
}
