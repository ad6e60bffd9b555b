package be.buddytrajectories.core.contact;

import java.util.Locale;
import java.util.ResourceBundle;

/** What the duo did; the proof of participation lists these. */
public enum ActivityType {
    WALK, COFFEE_OR_MEAL, SPORT, CULTURE, NATURE, ERRANDS, INSTITUTION_VISIT, HOME_VISIT, LANGUAGE_PRACTICE,
    GROUP_ACTIVITY, ONLINE, OTHER;

    /** The one bundle of activity names, for the screens (through the host's translations) and the proof. */
    public static final String NAMES = "be.buddytrajectories.core.contact.ActivityNames";

    /** This activity's name in Dutch, or in English for English. */
    public String label(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle(NAMES, language, ActivityType.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key());
    }

    /** The translation key of its name, as every enum label of the screens is keyed. */
    public String key() {
        return "buddy.enum.ActivityType." + name();
    }
}
