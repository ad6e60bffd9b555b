package be.buddytrajectories.core.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of domain refusals from the plugin's bundle {@code be.buddytrajectories.core.DomainMessages}. */
public final class DomainMessages {

    static final String BUNDLE = "be.buddytrajectories.core.DomainMessages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private DomainMessages() {
    }

    /** The message for {@code key} in English when asked, else Dutch; the key itself when the bundle lacks it. */
    public static String text(String key, Locale locale, Object... arguments) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ROOT : DUTCH;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, DomainMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] translated = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                translated[i] = arguments[i] instanceof Translatable t ? text(t.key(), locale) : arguments[i];
            }
            return new MessageFormat(bundle.getString(key), language == Locale.ROOT ? Locale.ENGLISH : DUTCH)
                    .format(translated);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
