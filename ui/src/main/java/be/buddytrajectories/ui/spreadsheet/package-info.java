/** The screen that imports and exports spreadsheets of buddies, newcomers and existing duos, with its menu entry and texts. */
package be.buddytrajectories.ui.spreadsheet;
