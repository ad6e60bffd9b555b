package be.buddytrajectories.host.i18n;

import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.TranslationBundle;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Vaadin's translation provider for the host and its plugins (vaadin-cdi uses it because of the qualifier). */
@ApplicationScoped
@VaadinServiceEnabled
public class HostI18NProvider implements I18NProvider {

    public static final String HOST_BUNDLE = "be.buddytrajectories.host.messages";

    private final BundleTranslations translations;

    @Inject
    public HostI18NProvider(Instance<TranslationBundle> pluginBundles) {
        List<String> names = new ArrayList<>();
        names.add(HOST_BUNDLE);
        pluginBundles.forEach(b -> names.add(b.baseName()));
        this.translations = new BundleTranslations(names);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return translations.getProvidedLocales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
