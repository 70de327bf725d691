package io.jifen.scheme.sheet;

import io.jifen.scheme.sheet.ItemsWorkbookReader.SheetRow;
import io.jifen.scoring.model.NumberBound;
import java.math.BigDecimal;
import java.util.List;

/**
 * The typed values of one row. Every problem becomes a {@link SheetError} with the row, the column and a message in
 * the user's language; a value in error reads as absent, so one row can report all its problems at once.
 */
final class RowCells {

    private final SheetRow row;
    private final SheetText text;
    private final List<SheetError> errors;

    RowCells(SheetRow row, SheetText text, List<SheetError> errors) {
        this.row = row;
        this.text = text;
        this.errors = errors;
    }

    int number() {
        return row.number();
    }

    String text(ItemColumn column) {
        return row.get(column);
    }

    boolean has(ItemColumn column) {
        return row.has(column);
    }

    void error(ItemColumn column, String key, Object... args) {
        errors.add(new SheetError(row.number(), text.title(column), text.msg(key, args)));
    }

    BigDecimal number(ItemColumn column, NumberBound bound) {
        return has(column) ? number(column, text(column), bound) : null;
    }

    /** A number typed in a cell (or a part of one) within the documented bounds of its kind. */
    BigDecimal number(ItemColumn column, String value, NumberBound bound) {
        String typed = ValueCells.minus(value.strip());
        if (ValueCells.NUMBER.matcher(typed).matches()) {
            BigDecimal number = new BigDecimal(typed);
            if (bound.allows(number)) {
                return number;
            }
        }
        error(column, "sheet.error.number", value.strip(), ValueCells.plain(bound.min()),
                ValueCells.plain(bound.max()), bound.decimals());
        return null;
    }

    Integer count(ItemColumn column) {
        BigDecimal n = number(column, NumberBound.COUNT);
        return n == null ? null : n.intValueExact();
    }

    <E extends Enum<E>> E choice(ItemColumn column, Class<E> type) {
        return has(column) ? choice(column, text(column), type) : null;
    }

    <E extends Enum<E>> E choice(ItemColumn column, String value, Class<E> type) {
        E found = text.choice(type, value).orElse(null);
        if (found == null) {
            error(column, "sheet.error.choice", value, text.choices(type));
        }
        return found;
    }

    /** A yes / no column; blank is no. */
    boolean flag(ItemColumn column) {
        if (!has(column)) {
            return false;
        }
        Boolean value = text.yesNo(text(column)).orElse(null);
        if (value == null) {
            error(column, "sheet.error.yesNo", text(column), text.msg("common.yes"), text.msg("common.no"));
            return false;
        }
        return value;
    }
}
