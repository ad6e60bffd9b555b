package be.buddytrajectories.core.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its character encoding and its separator. Spreadsheet programmes in Belgium save
 * "CSV" as Windows-1252 with semicolons, or as UTF-8 (often with a byte order mark) with commas.
 *
 * @param byteOrderMark the file started with a byte order mark (UTF-8, or UTF-16 whose order it tells)
 */
public record CsvFormat(Charset encoding, char separator, boolean byteOrderMark) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * UTF-16 when the file starts with its byte order mark (Excel's "Unicode text"), UTF-8 when the bytes are valid
     * UTF-8, else Windows-1252; the separator as {@link #separatorOf(String)}.
     *
     * @throws SpreadsheetException when the bytes are no text in any of these encodings: binary data, UTF-8 with
     *                              broken sequences, or bytes Windows-1252 does not define
     */
    static CsvFormat detect(byte[] bytes) {
        Charset utf16 = utf16ByBom(bytes);
        boolean bom = utf16 != null || startsWithBom(bytes);
        Charset encoding = utf16 != null ? utf16
                : isUtf8(bytes, bom ? BOM.length : 0) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (encoding == WINDOWS_1252 && looksLikeBrokenUtf8(bytes)) {
            // Valid UTF-8 characters next to broken ones: read as Windows-1252, every accent would turn into two
            // wrong letters, so the file is refused rather than imported garbled.
            throw new SpreadsheetException("spreadsheet.file.brokenUtf8", lineOfFirstBrokenUtf8(bytes));
        }
        CsvFormat format = new CsvFormat(encoding, ',', bom);
        String text = format.decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new SpreadsheetException("spreadsheet.file.notText");
        }
        if (encoding == WINDOWS_1252 && text.indexOf('\uFFFD') >= 0) {
            throw new SpreadsheetException("spreadsheet.file.encoding");
        }
        return new CsvFormat(encoding, separatorOf(text), bom);
    }

    /**
     * The separator of the header line: semicolon when it has more semicolons than commas outside quotes, else
     * comma. A header never holds numbers with decimal commas, so the count is reliable there.
     */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The text of the file, without its byte order mark. */
    String decode(byte[] bytes) {
        int offset = !byteOrderMark ? 0 : isUtf16() ? 2 : BOM.length;
        return new String(bytes, offset, bytes.length - offset, encoding);
    }

    /** The name shown to the user, e.g. {@code UTF-8} or {@code windows-1252}. */
    public String encodingName() {
        return encoding.name();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private boolean isUtf16() {
        return encoding.equals(StandardCharsets.UTF_16LE) || encoding.equals(StandardCharsets.UTF_16BE);
    }

    private static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * True when the bytes look like UTF-8 with a few broken characters rather than like Windows-1252: they hold
     * well-formed UTF-8 sequences of two or more bytes (é as C3 A9), at least as many as bytes above 127 that belong
     * to none. A Windows-1252 file seldom holds even one such sequence (É followed by °, say).
     */
    private static boolean looksLikeBrokenUtf8(byte[] bytes) {
        int wellFormed = 0;
        int stray = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
            if (length > 1 && i + length <= bytes.length && continuations(bytes, i + 1, length - 1)) {
                wellFormed++;
                i += length;
            } else {
                stray += lead > 0x7F ? 1 : 0;
                i++;
            }
        }
        return wellFormed > 0 && wellFormed >= stray;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The line (from 1) of the first byte that breaks UTF-8. */
    private static int lineOfFirstBrokenUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
