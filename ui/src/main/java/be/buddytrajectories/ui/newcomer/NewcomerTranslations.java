package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Offers the coordinator's and the buddy's texts of issue 17 (newcomer link, answers, calendar feed) to the host's
 * translation provider. The newcomer's page has its own texts in four languages ({@link PageLanguage}).
 */
@ApplicationScoped
public class NewcomerTranslations implements TranslationBundle {

    public static final String BASE_NAME = "be.buddytrajectories.ui.newcomer.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
