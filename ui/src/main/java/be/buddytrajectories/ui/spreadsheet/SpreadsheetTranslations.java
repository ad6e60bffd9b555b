package be.buddytrajectories.ui.spreadsheet;

import be.buddytrajectories.hostapi.TranslationBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the spreadsheet screen's own message bundle to the host's translation provider. */
@ApplicationScoped
public class SpreadsheetTranslations implements TranslationBundle {

    static final String BASE_NAME = "be.buddytrajectories.ui.spreadsheet.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
