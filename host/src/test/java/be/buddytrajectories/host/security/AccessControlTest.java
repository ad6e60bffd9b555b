package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AccessControlTest {

    @Test
    void theMessageExistsInDutchAndEnglishAndSaysNothingWasSaved() {
        assertThat(bundle("nl").getString("host.error.databaseUnreachable")).contains("niets opgeslagen");
        assertThat(bundle("en").getString("host.error.databaseUnreachable")).contains("nothing was saved");
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("be.buddytrajectories.host.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
