package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.rules.DomainMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the spreadsheet feature from its own bundle, so that it adds no keys to the domain's bundle; keys it
 * does not hold (rules of other features) come from {@link DomainMessages}.
 */
final class SpreadsheetMessages {

    static final String BUNDLE = "be.buddytrajectories.core.spreadsheet.SpreadsheetMessages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private SpreadsheetMessages() {
    }

    static String text(String key, Locale locale, Object... arguments) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ROOT : DUTCH,
                    SpreadsheetMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), english ? Locale.ENGLISH : DUTCH).format(arguments);
            }
        } catch (MissingResourceException e) {
            // no file for this language: fall through to the domain's texts
        }
        return DomainMessages.text(key, locale, arguments);
    }
}
