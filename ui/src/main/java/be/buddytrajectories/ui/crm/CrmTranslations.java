package be.buddytrajectories.ui.crm;

import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the write-back screen's own message bundle to the host's translation provider. */
@ApplicationScoped
public class CrmTranslations implements TranslationBundle {

    static final String BASE_NAME = "be.buddytrajectories.ui.crm.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
