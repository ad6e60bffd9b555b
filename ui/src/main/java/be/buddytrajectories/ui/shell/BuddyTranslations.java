package be.buddytrajectories.ui.shell;

import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the plugin's message bundle to the host's translation provider. */
@ApplicationScoped
public class BuddyTranslations implements TranslationBundle {

    public static final String BASE_NAME = "be.buddytrajectories.ui.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
