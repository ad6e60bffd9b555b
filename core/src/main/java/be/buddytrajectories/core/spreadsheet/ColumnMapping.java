package be.buddytrajectories.core.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field each column of a file holds, and values the coordinator states once for the whole file where no
 * column holds a field (consent, when a sheet has no consent columns). A column mapped to nothing is ignored. The
 * default mapping recognises Dutch and English header names; the user corrects it column by column.
 */
public final class ColumnMapping {

    private final List<Field> byColumn;
    private final Map<Field, String> stated;

    private ColumnMapping(List<Field> byColumn, Map<Field, String> stated) {
        this.byColumn = Collections.unmodifiableList(new ArrayList<>(byColumn));
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(stated);
        this.stated = Collections.unmodifiableMap(copy);
    }

    /** The default mapping: each header that names a field of {@code kind} maps to it, the first one only. */
    public static ColumnMapping recognise(SpreadsheetKind kind, List<String> header) {
        List<Field> columns = new ArrayList<>();
        for (String name : header) {
            Field field = kind.fields().stream().filter(f -> f.recognises(name)).filter(f -> !columns.contains(f))
                    .findFirst().orElse(null);
            columns.add(field);
        }
        return new ColumnMapping(columns, Map.of());
    }

    /** This mapping with column {@code column} (0-based) mapped to {@code field}, or ignored when null. */
    public ColumnMapping with(int column, Field field) {
        List<Field> columns = new ArrayList<>(byColumn);
        while (columns.size() <= column) {
            columns.add(null);
        }
        columns.set(column, field);
        return new ColumnMapping(columns, stated);
    }

    /**
     * This mapping with {@code value} stated for every row's {@code field}, or no longer stated when null. A
     * column that holds the field wins over a stated value.
     */
    public ColumnMapping stating(Field field, String value) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.putAll(stated);
        if (value == null || value.isBlank()) {
            values.remove(field);
        } else {
            values.put(field, value.strip());
        }
        return new ColumnMapping(byColumn, values);
    }

    /** The values stated for the whole file, by field. */
    public Map<Field, String> stated() {
        return stated;
    }

    /** True when a column holds {@code field}. */
    public boolean hasColumnFor(Field field) {
        return columnOf(field) >= 0;
    }

    /** The field of column {@code column}, empty when the column is ignored. */
    public Optional<Field> fieldAt(int column) {
        return column < byColumn.size() ? Optional.ofNullable(byColumn.get(column)) : Optional.empty();
    }

    /** The first column mapped to {@code field}, or -1. */
    int columnOf(Field field) {
        return byColumn.indexOf(field);
    }

    /** True when a column holds {@code field} or a value is stated for it. */
    boolean supplies(Field field) {
        return hasColumnFor(field) || stated.containsKey(field);
    }

    /** Fields that more than one column is mapped to. */
    List<Field> duplicates() {
        return byColumn.stream().filter(f -> f != null && Collections.frequency(byColumn, f) > 1).distinct().toList();
    }

    int columns() {
        return byColumn.size();
    }
}
