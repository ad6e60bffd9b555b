package be.buddytrajectories.core.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read into memory: its format, the header line and the data records (RFC 4180: quoted cells may hold
 * separators, doubled quotes and line breaks). Records are numbered as a spreadsheet numbers its rows: the header
 * is row 1, the first record row 2.
 */
public final class CsvTable {

    /** The row number of the first data record. */
    public static final int FIRST_DATA_ROW = 2;

    private final CsvFormat format;
    private final List<String> header;
    private final List<List<String>> records;

    private CsvTable(CsvFormat format, List<String> header, List<List<String>> records) {
        this.format = format;
        this.header = List.copyOf(header);
        this.records = List.copyOf(records);
    }

    /**
     * Reads a file, detecting its encoding and separator.
     *
     * @throws SpreadsheetException when it has no header or ends inside a quoted cell
     */
    public static CsvTable read(byte[] bytes) {
        CsvFormat format = CsvFormat.detect(bytes);
        List<List<String>> lines = parse(format.decode(bytes), format.separator());
        if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
            throw new SpreadsheetException("spreadsheet.file.noHeader");
        }
        return new CsvTable(format, lines.get(0).stream().map(String::strip).toList(), lines.subList(1, lines.size()));
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int quoteStartLine = 1;
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteStartLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                endLine(lines, cells, cell);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new SpreadsheetException("spreadsheet.file.openQuote", quoteStartLine);
        }
        endLine(lines, cells, cell);
        return lines;
    }

    /** Adds the line unless it is empty: spreadsheets leave blank lines at the end. */
    private static void endLine(List<List<String>> lines, List<String> cells, StringBuilder cell) {
        cells.add(cell.toString());
        cell.setLength(0);
        if (cells.size() > 1 || !cells.get(0).isEmpty()) {
            lines.add(cells);
        }
    }

    public CsvFormat format() {
        return format;
    }

    public List<String> header() {
        return header;
    }

    /** The number of data records. */
    public int size() {
        return records.size();
    }

    /** The cells of the data record at {@code index} (0 for row 2); missing trailing cells read as empty. */
    public String cell(int index, int column) {
        List<String> record = records.get(index);
        return column < record.size() ? record.get(column) : "";
    }

    /**
     * The number of cells of the data record at {@code index} beyond the header's columns, empty ones included:
     * usually a separator typed inside an unquoted value ({@code nl,fr}), which shifted every cell after it, even
     * when the last one it pushed out was empty. A header padded with empty cells keeps its width.
     */
    public int cellsBeyondHeader(int index) {
        return Math.max(0, records.get(index).size() - header.size());
    }

    /** The spreadsheet row of the data record at {@code index}. */
    public static int rowNumber(int index) {
        return index + FIRST_DATA_ROW;
    }
}
