package io.jifen.scheme.sheet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;

/** Every problem of a refused workbook, by row and column, so the user can fix the file in one go. */
class SheetErrorsDialog extends Dialog {

    final Grid<SheetError> grid = new Grid<>();

    SheetErrorsDialog(List<SheetError> errors, I18NProvider messages, Locale locale) {
        setHeaderTitle(messages.getTranslation("sheet.errorsTitle", locale, errors.size()));
        setWidth("min(60em, 96vw)");
        setResizable(true);
        grid.addColumn(SheetError::rowNumber).setHeader(messages.getTranslation("sheet.grid.row", locale))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SheetError::columnTitle).setHeader(messages.getTranslation("sheet.grid.column", locale))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SheetError::message).setHeader(messages.getTranslation("sheet.grid.message", locale))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(errors);
        grid.setAllRowsVisible(errors.size() <= 12);
        add(grid);
        getFooter().add(new Button(messages.getTranslation("action.close", locale), e -> close()));
    }
}
