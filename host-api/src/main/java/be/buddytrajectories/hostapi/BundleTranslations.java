package be.buddytrajectories.hostapi;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A Vaadin {@link I18NProvider} over several resource bundles (the host's and every {@link TranslationBundle}),
 * in Dutch and English. A host can use it as its provider; tests use it to render plugin views as the host does.
 * A missing key shows as {@code !key!} rather than failing the page.
 */
public class BundleTranslations implements I18NProvider {

    /** Dutch is the default language of the interface. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LOCALES = List.of(DUTCH, Locale.ENGLISH);

    private final List<String> baseNames;

    public BundleTranslations(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        for (String baseName : baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, supported,
                        Thread.currentThread().getContextClassLoader() != null
                                ? Thread.currentThread().getContextClassLoader()
                                : BundleTranslations.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
                }
            } catch (MissingResourceException e) {
                // this bundle has no file for the language: try the next bundle
            }
        }
        return "!" + key + "!";
    }

    /** The supported language closest to {@code locale}: English for English, Dutch for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
