package be.buddytrajectories.core.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The one corpus of hostile input that every form and every import is tried with: what a careless paste, a
 * confused spreadsheet or an attacker sends. Each value is either refused with a clear message in the user's
 * language or stored unchanged and shown as text.
 */
public final class HostileInput {

    /** A value and the reason it is in the corpus, so that a failing test names the case. */
    public record Value<T>(String name, T value) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Longer than every text limit of the plugin and of the reference host. */
    public static final String TEN_THOUSAND = "x".repeat(10_000);

    /** Texts that hold nothing but are not null. */
    public static final List<Value<String>> BLANK = List.of(
            new Value<>("empty", ""),
            new Value<>("spaces", "   "),
            new Value<>("tab and newline", "\t\n"));

    /** Texts without a proper place on one line, or at all: control characters and bidirectional overrides. */
    public static final List<Value<String>> CONTROL = List.of(
            new Value<>("NUL", "Ali\u0000ce"),
            new Value<>("bell", "Ali\u0007ce"),
            new Value<>("escape sequence", "\u001B[31mred\u001B[0m"),
            new Value<>("right-to-left override", "invoice\u202Efdp.exe"),
            new Value<>("lone surrogate", "half \uD83D character"));

    /** Line breaks and a tab, which a note may hold but a name may not. */
    public static final List<Value<String>> LINE_BREAKS = List.of(
            new Value<>("CR LF inside", "first line\r\nsecond line"),
            new Value<>("tab inside", "column\tcolumn"));

    /** Texts that a careful application stores unchanged and shows as text, never interprets. */
    public static final List<Value<String>> HARMLESS_WHEN_ESCAPED = List.of(
            new Value<>("emoji", "Koffie ☕ en wandelen 🚶‍♀️👍🏽"),
            new Value<>("astral plane", "𝔊𝔢𝔫𝔱 𠜎𠜱 🀄"),
            new Value<>("Arabic", "مرحبا بكم في غنت"),
            new Value<>("Hebrew", "שלום עליכם"),
            new Value<>("mixed directions", "Gent غنت 9000"),
            new Value<>("SQL drop", "'; drop table buddy_trajectory;--"),
            new Value<>("SQL always true", "' or '1'='1"),
            new Value<>("script tag", "<script>alert(1)</script>"),
            new Value<>("image onerror", "<img src=x onerror=alert(1)>"),
            new Value<>("formula hyperlink", "=HYPERLINK(\"http://evil.example\",\"klik\")"),
            new Value<>("formula plus", "+cmd|' /C calc'!A0"),
            new Value<>("formula minus", "-1+1"),
            new Value<>("formula at", "@SUM(A1)"),
            new Value<>("Latin-1 read as UTF-8", "caf\u00C3\u00A9"),
            new Value<>("replacement character", "caf\uFFFD"),
            new Value<>("message format braces", "{0} ${1+1} #{2}"));

    /** Every hostile single-line text: the corpus for names, titles, tags and codes. */
    public static List<Value<String>> texts() {
        return concat(BLANK, CONTROL, LINE_BREAKS, HARMLESS_WHEN_ESCAPED,
                List.of(new Value<>("10,000 characters", TEN_THOUSAND)));
    }

    /**
     * One or two texts of each kind, for the screens: every text field's service is tried with all of
     * {@link #texts()}, a screen shows what its service decided.
     */
    public static List<Value<String>> sample() {
        Set<String> names = Set.of("spaces", "NUL", "right-to-left override", "CR LF inside", "emoji", "Arabic",
                "SQL drop", "script tag", "image onerror", "formula hyperlink", "10,000 characters");
        return texts().stream().filter(v -> names.contains(v.name())).toList();
    }

    /** Numbers as a user types them into a number field or a spreadsheet cell. */
    public static final List<Value<String>> NUMBER_TEXTS = List.of(
            new Value<>("negative", "-5"),
            new Value<>("zero", "0"),
            new Value<>("huge", "99999999999999999999"),
            new Value<>("int overflow", "2147483648"),
            new Value<>("NaN", "NaN"),
            new Value<>("Infinity", "Infinity"),
            new Value<>("decimal comma", "1,5"),
            new Value<>("words", "veertig"),
            new Value<>("formula", "=1+1"));

    /** Whole numbers out of every range the plugin knows. */
    public static final List<Value<Integer>> NUMBERS = List.of(
            new Value<>("negative hours", -40),
            new Value<>("zero", 0),
            new Value<>("huge", 1_000_000),
            new Value<>("int max", Integer.MAX_VALUE),
            new Value<>("int min", Integer.MIN_VALUE));

    /** Dates before and after anything the programme can mean. */
    public static final List<Value<LocalDate>> DATES = List.of(
            new Value<>("year 0001", LocalDate.of(1, 1, 1)),
            new Value<>("year 1899", LocalDate.of(1899, 12, 31)),
            new Value<>("year 9999", LocalDate.of(9999, 12, 31)),
            new Value<>("far past", LocalDate.MIN),
            new Value<>("far future", LocalDate.MAX));

    /** Dates as typed into a spreadsheet cell. */
    public static final List<Value<String>> DATE_TEXTS = List.of(
            new Value<>("year 0001", "0001-01-01"),
            new Value<>("year 9999", "9999-12-31"),
            new Value<>("31 February", "31/02/2026"),
            new Value<>("month 13", "2026-13-01"),
            new Value<>("words", "gisteren"),
            new Value<>("formula", "=TODAY()"));

    /** Files that are no CSV in the encodings the import reads. */
    public static final List<Value<byte[]>> FILES = List.of(
            new Value<>("Latin-1 café", "name;town\ncaf\u00E9;Gent\n".getBytes(StandardCharsets.ISO_8859_1)),
            new Value<>("invalid UTF-8 next to valid", bytes("name;town\ncaf\u00E9;Gent\n", 0xC3, 0x28, '\n')),
            new Value<>("UTF-16LE with BOM", utf16("name;town\ncaf\u00E9;Gent\n")),
            new Value<>("binary junk", bytes("", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
                    0xFF, 0xD8, 0x00, 0x01)),
            new Value<>("a zip (xlsx)", bytes("", 'P', 'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00)),
            new Value<>("empty", new byte[0]));

    /** The text as Excel's "Unicode text" saves it: UTF-16 little-endian after its byte order mark. */
    public static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);
        return file;
    }

    /** The UTF-8 bytes of {@code text} followed by raw bytes. */
    public static byte[] bytes(String text, int... raw) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + raw.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < raw.length; i++) {
            all[head.length + i] = (byte) raw[i];
        }
        return all;
    }

    /**
     * Whether a field must refuse {@code text} whatever else it allows: control characters and 10,000 characters
     * everywhere, line breaks and tabs where the field holds one line.
     */
    public static boolean mustRefuse(Value<String> text, boolean singleLine) {
        return CONTROL.contains(text) || text.value().length() >= TEN_THOUSAND.length()
                || singleLine && LINE_BREAKS.contains(text);
    }

    /** True when {@code shown} looks like a leaked failure rather than a sentence for a user. */
    public static boolean looksLikeStackTrace(String shown) {
        return shown.contains("Exception") || shown.contains("\tat ") || shown.contains("at be.buddytrajectories")
                || shown.contains("org.hibernate") || shown.contains("SQL") || shown.contains("{buddy.");
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private HostileInput() {
    }
}
