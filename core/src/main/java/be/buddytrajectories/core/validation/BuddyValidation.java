package be.buddytrajectories.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/** Builds the plugin's validator: messages from the plugin's bundle, in the current user's language. */
public final class BuddyValidation {

    static final String BUNDLE = "be.buddytrajectories.core.ValidationMessages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private BuddyValidation() {
    }

    /** @param userLocale the language of the user whose input is checked, asked at each validation */
    public static ValidatorFactory factory(Supplier<Locale> userLocale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator(BUNDLE), Set.of(DUTCH, Locale.ENGLISH), DUTCH,
                        context -> supportedOrDutch(userLocale.get()), false))
                .buildValidatorFactory();
    }

    private static Locale supportedOrDutch(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
    }
}
