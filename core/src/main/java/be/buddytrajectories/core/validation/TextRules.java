package be.buddytrajectories.core.validation;

/**
 * What a text typed or imported into the plugin may hold, shared by the constraints, the forms and the spreadsheet
 * import so that they all refuse the same characters.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * True when {@code text} holds no control characters except tab and line breaks, and no bidirectional
     * overrides: a NUL cannot be stored in PostgreSQL, a bell or escape means nothing in a note, and an override
     * (U+202E) turns the text around on screen so that it reads as something else.
     */
    public static boolean isPlainText(String text) {
        return text == null || text.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || allowedInLine(c));
    }

    /** True when {@code text} is plain (see {@link #isPlainText}) and on one line, as names and titles are. */
    public static boolean isSingleLine(String text) {
        return text == null || text.codePoints().allMatch(TextRules::allowedInLine);
    }

    private static boolean allowedInLine(int c) {
        // A lone surrogate is half a character, which no database encoding can store; newer emoji are welcome.
        return !Character.isISOControl(c) && !isBidiControl(c) && c != '\u2028' && c != '\u2029'
                && Character.getType(c) != Character.SURROGATE;
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): right-to-left text needs none of them. */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
