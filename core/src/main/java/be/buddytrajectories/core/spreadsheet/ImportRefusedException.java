package be.buddytrajectories.core.spreadsheet;

import java.util.List;

/** The file has errors, so nothing of it was written. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<RowError> errors;

    ImportRefusedException(List<RowError> errors) {
        super(errors.size() + " rows with errors, first: row " + errors.get(0).row() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
