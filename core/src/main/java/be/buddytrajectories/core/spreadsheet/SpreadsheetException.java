package be.buddytrajectories.core.spreadsheet;

import java.util.Locale;

/** A file that cannot be read as CSV at all (no header, a quote that never closes). Nothing was written. */
public class SpreadsheetException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    SpreadsheetException(String messageKey, Object... arguments) {
        super(SpreadsheetMessages.text(messageKey, Locale.ENGLISH, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        return SpreadsheetMessages.text(messageKey, locale, arguments);
    }
}
