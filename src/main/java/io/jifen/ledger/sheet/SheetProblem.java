package io.jifen.ledger.sheet;

/**
 * One problem of an uploaded entry sheet, where the user sees it: the row number as Excel shows it, the column's
 * title (null for a problem of the whole file) and the translated message.
 */
public record SheetProblem(int row, String column, String message) {
}
