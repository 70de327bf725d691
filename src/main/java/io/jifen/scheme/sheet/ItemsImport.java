package io.jifen.scheme.sheet;

import java.util.List;

/**
 * What an uploaded workbook gives: the table when every row is right, else every problem found (all or nothing —
 * the table is then not to be applied).
 */
public record ItemsImport(ItemsTable table, List<SheetError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
