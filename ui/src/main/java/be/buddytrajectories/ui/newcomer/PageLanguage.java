package be.buddytrajectories.ui.newcomer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The languages of the newcomer's page, each with its own text file ({@code page_<code>.properties}, UTF-8). Simple
 * Dutch (short sentences for a reader at A1) is the default.
 */
enum PageLanguage {
    EASY("easy", "nl", "\uD83D\uDE42 Makkelijk"),
    NL("nl", "nl", "\uD83C\uDDE7\uD83C\uDDEA Nederlands"),
    EN("en", "en", "\uD83C\uDDEC\uD83C\uDDE7 English"),
    FR("fr", "fr", "\uD83C\uDDEB\uD83C\uDDF7 Français");

    private final String code;
    private final Locale locale;
    private final String label;
    private final ResourceBundle text;

    PageLanguage(String code, String language, String label) {
        this.code = code;
        this.locale = Locale.forLanguageTag(language);
        this.label = label;
        try (InputStream in = PageLanguage.class.getResourceAsStream("page_" + code + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("page_" + code + ".properties is missing");
            }
            this.text = new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    /** The language's own name, with a flag (a smiling face for simple Dutch). */
    String label() {
        return label;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }

    boolean has(String key) {
        return text.containsKey(key);
    }
}
