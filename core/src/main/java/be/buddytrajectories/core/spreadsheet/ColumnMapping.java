package be.buddytrajectories.core.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Which field each column of a file holds; a column mapped to nothing is ignored. The default mapping recognises
 * Dutch and English header names; the user corrects it column by column.
 */
public final class ColumnMapping {

    private final List<Field> byColumn;

    private ColumnMapping(List<Field> byColumn) {
        this.byColumn = Collections.unmodifiableList(new ArrayList<>(byColumn));
    }

    /** The default mapping: each header that names a field of {@code kind} maps to it, the first one only. */
    public static ColumnMapping recognise(SpreadsheetKind kind, List<String> header) {
        List<Field> columns = new ArrayList<>();
        for (String name : header) {
            Field field = kind.fields().stream().filter(f -> f.recognises(name)).filter(f -> !columns.contains(f))
                    .findFirst().orElse(null);
            columns.add(field);
        }
        return new ColumnMapping(columns);
    }

    /** This mapping with column {@code column} (0-based) mapped to {@code field}, or ignored when null. */
    public ColumnMapping with(int column, Field field) {
        List<Field> columns = new ArrayList<>(byColumn);
        while (columns.size() <= column) {
            columns.add(null);
        }
        columns.set(column, field);
        return new ColumnMapping(columns);
    }

    /** The field of column {@code column}, empty when the column is ignored. */
    public Optional<Field> fieldAt(int column) {
        return column < byColumn.size() ? Optional.ofNullable(byColumn.get(column)) : Optional.empty();
    }

    /** The first column mapped to {@code field}, or -1. */
    int columnOf(Field field) {
        return byColumn.indexOf(field);
    }

    /** Fields that more than one column is mapped to. */
    List<Field> duplicates() {
        return byColumn.stream().filter(f -> f != null && Collections.frequency(byColumn, f) > 1).distinct().toList();
    }

    int columns() {
        return byColumn.size();
    }
}
