package be.buddytrajectories.core.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as spreadsheet programmes read it: UTF-8 with a byte order mark (so that Excel recognises the
 * encoding), semicolons, quotes where RFC 4180 needs them, and every cell that a spreadsheet would take for a
 * formula made inert by a leading single quote.
 */
public final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    public CsvWriter line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(quoted(neutralised(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Formula injection (CWE-1236): a cell starting with {@code = + - @}, a tab or a carriage return would be
     * evaluated by the spreadsheet; a leading single quote makes it text.
     */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(SEPARATOR) < 0 && cell.indexOf(',') < 0 && cell.indexOf('"') < 0
                && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
