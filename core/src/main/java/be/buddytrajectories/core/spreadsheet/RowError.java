package be.buddytrajectories.core.spreadsheet;

/**
 * What is wrong with one row of a file.
 *
 * @param row     the row as the spreadsheet numbers it (the header is row 1), or 1 for a problem with the columns
 * @param field   the field concerned, or null for the row as a whole
 * @param message the problem in the user's language
 */
public record RowError(int row, Field field, String message) {
}
