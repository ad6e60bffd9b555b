package be.buddytrajectories.ui.mail;

import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the mail screens' own message bundle to the host's translation provider. */
@ApplicationScoped
public class MailTranslations implements TranslationBundle {

    static final String BASE_NAME = "be.buddytrajectories.ui.mail.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
