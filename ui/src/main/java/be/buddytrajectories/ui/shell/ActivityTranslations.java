package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the activity names, which the proof of participation uses too, to the host's translation provider. */
@ApplicationScoped
public class ActivityTranslations implements TranslationBundle {

    @Override
    public String baseName() {
        return ActivityType.NAMES;
    }
}
