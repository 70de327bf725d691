package io.jifen.organization.roster;

/**
 * One problem in one cell of the uploaded file.
 *
 * @param rowNumber   the row as Excel numbers it (header is usually row 1)
 * @param column      the column the problem belongs to
 * @param columnTitle the column's title in the user's language
 * @param message     what is wrong, in the user's language
 */
public record RosterError(int rowNumber, RosterColumn column, String columnTitle, String message) {

    @Override
    public String toString() {
        return columnTitle + ": " + message;
    }
}
