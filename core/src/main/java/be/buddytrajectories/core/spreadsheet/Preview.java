package be.buddytrajectories.core.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * A file as it would be imported: its detected format, the mapping, the first rows' field values and every
 * error of every row. Importable only when {@link #errors()} is empty.
 *
 * @param rows the first rows, each as field values under the mapping
 */
public record Preview(SpreadsheetKind kind, CsvFormat format, List<String> header, ColumnMapping mapping,
                      List<PreviewRow> rows, int totalRows, List<RowError> errors) {

    public Preview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean importable() {
        return errors.isEmpty() && totalRows > 0;
    }

    /** One row of the preview: its spreadsheet row number and the raw cell of each mapped field. */
    public record PreviewRow(int row, Map<Field, String> values) {

        public PreviewRow {
            values = Map.copyOf(values);
        }
    }
}
