package be.buddytrajectories.core.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One data row under a mapping, read field by field. Every value that cannot be read adds an error for its
 * field and reads as null, so that one pass over a row reports all of its problems.
 */
final class RowReader {

    /** ISO as exports write it, and the day-first spellings of Belgian spreadsheets; 31/02 is no date. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"));
    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "waar", "1", "x");
    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "onwaar", "0", "");

    private final int row;
    private final Map<Field, String> values;
    private final Locale locale;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<Field> explained = EnumSet.noneOf(Field.class);

    RowReader(int row, Map<Field, String> values, Locale locale) {
        this.row = row;
        this.values = values;
        this.locale = locale;
    }

    /** The row of record {@code index} of {@code table} under {@code mapping}, cells stripped and un-neutralised. */
    static RowReader of(CsvTable table, int index, ColumnMapping mapping, Locale locale) {
        return new RowReader(CsvTable.rowNumber(index), values(table, index, mapping), locale);
    }

    static Map<Field, String> values(CsvTable table, int index, ColumnMapping mapping) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (int column = 0; column < mapping.columns(); column++) {
            int c = column;
            mapping.fieldAt(column).ifPresent(field -> values.putIfAbsent(field, cleaned(table.cell(index, c))));
        }
        mapping.stated().forEach(values::putIfAbsent);
        return values;
    }

    /** Undoes an export's formula neutralisation: a single quote before {@code = + - @} or a tab. */
    static String cleaned(String cell) {
        // Looked for before the end is stripped: an exported tab or CR after the quote is part of the mark.
        String start = cell.stripLeading();
        if (start.length() > 1 && start.charAt(0) == '\'' && "=+-@\t\r".indexOf(start.charAt(1)) >= 0) {
            return start.substring(1).strip();
        }
        return start.strip();
    }

    /** The text of the field, or null when it is empty or not mapped. */
    String text(Field field) {
        String value = values.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Adds a "required" error when the field is empty. */
    void require(Set<Field> fields) {
        fields.stream().filter(f -> text(f) == null)
                .forEach(f -> error(f, "spreadsheet.value.required", f.header(locale)));
    }

    Integer integer(Field field) {
        return parsed(field, text -> Integer.valueOf(text.replace(" ", "")), "spreadsheet.value.integer");
    }

    Double decimal(Field field) {
        return parsed(field, text -> Double.valueOf(text.replace(',', '.')), "spreadsheet.value.decimal");
    }

    LocalDate date(Field field) {
        return parsed(field, RowReader::parseDate, "spreadsheet.value.date");
    }

    boolean yesNo(Field field) {
        String text = values.getOrDefault(field, "").toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (!NO.contains(text)) {
            error(field, "spreadsheet.value.yesNo", values.get(field));
        }
        return false;
    }

    /** A constant of {@code type} by its name, ignoring case, spaces and hyphens, or by one of {@code aliases}. */
    <E extends Enum<E>> E choice(Field field, Class<E> type, Map<String, E> aliases) {
        String text = text(field);
        return text == null ? null : constant(field, type, aliases, text);
    }

    /** The constants a list cell names, as {@link #choice}; an unknown one adds an error and is left out. */
    <E extends Enum<E>> Set<E> choices(Field field, Class<E> type) {
        Set<E> constants = new LinkedHashSet<>();
        for (String item : list(field)) {
            E constant = constant(field, type, Map.of(), item);
            if (constant != null) {
                constants.add(constant);
            }
        }
        return constants;
    }

    private <E extends Enum<E>> E constant(Field field, Class<E> type, Map<String, E> aliases, String text) {
        E alias = aliases.get(text.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        String key = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(key)).findFirst()
                .orElseGet(() -> {
                    error(field, "spreadsheet.value.choice", text, Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", ")));
                    return null;
                });
    }

    /** The items of a list cell, separated by commas, semicolons or vertical bars. */
    List<String> list(Field field) {
        String text = text(field);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Each item of a list cell parsed; an item that cannot be parsed adds an error and is left out. */
    <T> Set<T> items(Field field, Function<String, T> parse) {
        Set<T> items = new LinkedHashSet<>();
        for (String item : list(field)) {
            try {
                items.add(parse.apply(item));
            } catch (RuntimeException e) {
                error(field, "spreadsheet.value.item", item);
            }
        }
        return items;
    }

    void error(Field field, String key, Object... arguments) {
        errorText(field, SpreadsheetMessages.text(key, locale, arguments));
    }

    /** Adds an error once: a value read twice (e.g. coordinates for host and plugin) reports its problem once. */
    void errorText(Field field, String message) {
        RowError error = new RowError(row, field, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    /** Marks fields whose problem an error already explains, so that validation adds no second message. */
    void explained(Field... fields) {
        explained.addAll(List.of(fields));
    }

    /** True when an error already speaks about {@code field}. */
    boolean isExplained(Field field) {
        return explained.contains(field) || errors.stream().anyMatch(e -> e.field() == field);
    }

    List<RowError> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    Locale locale() {
        return locale;
    }

    private <T> T parsed(Field field, Function<String, T> parse, String errorKey) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            error(field, errorKey, text);
            return null;
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        throw new IllegalArgumentException(text);
    }
}
