package be.buddytrajectories.core.spreadsheet;

/** Told after each row is written, so that a screen can show a progress bar for large files. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void rowsDone(int done, int total);
}
