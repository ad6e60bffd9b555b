package be.buddytrajectories.core.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its character encoding and its separator. Spreadsheet programmes in Belgium save
 * "CSV" as Windows-1252 with semicolons, or as UTF-8 (often with a byte order mark) with commas.
 *
 * @param byteOrderMark the file started with a UTF-8 byte order mark
 */
public record CsvFormat(Charset encoding, char separator, boolean byteOrderMark) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; the separator as {@link #separatorOf(String)}. */
    static CsvFormat detect(byte[] bytes) {
        boolean bom = startsWithBom(bytes);
        int offset = bom ? BOM.length : 0;
        Charset encoding = isUtf8(bytes, offset) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(bytes, offset, bytes.length - offset, encoding);
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
        int offset = byteOrderMark ? BOM.length : 0;
        return new String(bytes, offset, bytes.length - offset, encoding);
    }

    /** The name shown to the user, e.g. {@code UTF-8} or {@code windows-1252}. */
    public String encodingName() {
        return encoding.name();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
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
