package io.jifen.scheme.extension.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What the schemes page shows about branch extensions: who may edit a row, a badge on an extension whose parent
 * published a newer version, the notice naming those extensions, and the admin's switch that lets the branches'
 * secretaries edit their own extensions of the selected scheme.
 */
public final class ExtensionColumns {

    private ExtensionColumns() {
    }

    /** The badge column, and for a user who is not an admin whether each scheme is theirs to edit. */
    public static void addTo(Grid<SchemeRow> grid, boolean admin) {
        grid.addComponentColumn(ExtensionColumns::parentBadge).setHeader(grid.getTranslation("extension.parentColumn"))
                .setAutoWidth(true);
        if (!admin) {
            grid.addColumn(r -> grid.getTranslation(r.editable() ? "extension.access.edit" : "extension.access.read"))
                    .setHeader(grid.getTranslation("extension.access")).setAutoWidth(true);
        }
    }

    private static Span parentBadge(SchemeRow row) {
        Span badge = new Span(row.parentAhead() ? badgeText() : "");
        if (row.parentAhead()) {
            badge.getElement().getThemeList().addAll(List.of("badge", "error"));
            badge.getElement().setAttribute("title", badge.getTranslation("extension.parentAhead.notice", row.name()));
        }
        badge.setVisible(row.parentAhead());
        return badge;
    }

    private static String badgeText() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("extension.parentAhead.badge");
    }

    /** The notice above the grid: 上级方案已发布新版本，请检查本支部扩展 — naming the extensions concerned. */
    public static class ParentNotice extends Div {

        public ParentNotice() {
            addClassName("jifen-parent-notice");
            getElement().setAttribute("role", "status");
            getStyle().set("color", "var(--lumo-error-text-color)")
                    .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            setVisible(false);
        }

        public void show(List<String> extensionNames) {
            setText(extensionNames.isEmpty() ? "" : getTranslation("extension.parentAhead.notice",
                    String.join(getTranslation("extension.listSeparator"), extensionNames)));
            setVisible(!extensionNames.isEmpty());
        }
    }

    /**
     * The admin's switch for the selected scheme: off and disabled without a selection; a change is reported with
     * the row and the new value (the page saves it and refreshes).
     */
    public static Checkbox branchEditingToggle(BiConsumer<SchemeRow, Boolean> changed,
                                               java.util.function.Supplier<SchemeRow> selected) {
        Checkbox toggle = new Checkbox();
        toggle.setLabel(toggle.getTranslation("extension.branchEditing"));
        toggle.setHelperText(toggle.getTranslation("extension.branchEditing.help"));
        toggle.setEnabled(false);
        toggle.addValueChangeListener(e -> {
            if (e.isFromClient() && selected.get() != null) {
                changed.accept(selected.get(), e.getValue());
            }
        });
        return toggle;
    }

    /** Shows the selected row's permission on the switch. */
    public static void select(Checkbox toggle, SchemeRow row) {
        toggle.setEnabled(row != null);
        toggle.setValue(row != null && row.branchEditing());
    }
}
