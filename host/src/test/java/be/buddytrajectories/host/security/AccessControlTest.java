package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AccessControlTest {

    @Test
    void aPoolTimeoutOrALostConnectionAnywhereInTheCauseChainMeansTheDatabaseIsUnreachable() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "host - Connection is not available, request timed out after 10000ms", "08001",
                new ConnectException("Connection refused"));

        assertThat(AccessControl.databaseUnreachable(new IllegalStateException("query failed", timeout))).isTrue();
        assertThat(AccessControl.databaseUnreachable(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForAnUnreachableDatabase() {
        assertThat(AccessControl.databaseUnreachable(new RuntimeException(
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(AccessControl.databaseUnreachable(new IllegalStateException("a bug"))).isFalse();
    }

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
