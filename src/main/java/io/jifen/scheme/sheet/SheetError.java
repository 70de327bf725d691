package io.jifen.scheme.sheet;

/**
 * One problem in one cell of an uploaded items workbook.
 *
 * @param rowNumber   the row as Excel numbers it (the header is row 1)
 * @param columnTitle the column's title in the user's language
 * @param message     what is wrong, in the user's language
 */
public record SheetError(int rowNumber, String columnTitle, String message) {
}
