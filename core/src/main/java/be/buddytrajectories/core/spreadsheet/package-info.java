/**
 * Spreadsheet import and export for programmes that ran on spreadsheets: CSV files of buddies, newcomers and
 * existing duos, read in UTF-8 or Windows-1252 with comma or semicolon, mapped column by column, validated row by
 * row before anything is written, and imported all or nothing. Exports use the same columns, so they re-import.
 */
package be.buddytrajectories.core.spreadsheet;
