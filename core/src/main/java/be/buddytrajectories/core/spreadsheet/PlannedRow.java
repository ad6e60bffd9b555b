package be.buddytrajectories.core.spreadsheet;

/** A row that passed every check, ready to be written in the import's transaction. */
interface PlannedRow {

    void write(Writing writing);
}
