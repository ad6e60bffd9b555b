package be.buddytrajectories.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final String KEY = "buddy.error.databaseUnreachable";

    @Test
    void aPoolTimeoutDeepInTheCauseChainMeansTheDatabaseIsUnreachable() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "host - Connection is not available, request timed out after 10000ms", "08001",
                new ConnectException("Connection refused"));

        assertThat(Problems.databaseUnreachable(new IllegalStateException("transaction failed",
                new PersistenceException("Unable to acquire JDBC Connection", timeout)))).isTrue();
    }

    @Test
    void aConnectionLostDuringAStatementIsRecognisedBySqlStateClass08() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(Problems.databaseUnreachable(new PersistenceException("could not execute statement", lost)))
                .isTrue();
    }

    @Test
    void hibernatesOwnConnectionExceptionIsRecognised() {
        assertThat(Problems.databaseUnreachable(new JDBCConnectionException("could not prepare statement",
                new SQLException("closed")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAndPlainBugsAreNotTakenForAnUnreachableDatabase() {
        SQLException duplicate = new SQLException("duplicate key value", "23505");

        assertThat(Problems.databaseUnreachable(new ConstraintViolationException("duplicate", duplicate, "uk")))
                .isFalse();
        assertThat(Problems.databaseUnreachable(new IllegalStateException("a bug", new NullPointerException())))
                .isFalse();
        assertThat(Problems.databaseUnreachable(new SQLException("no state"))).isFalse();
    }

    @Test
    void theMessageExistsInDutchAndEnglishAndSaysNothingWasSaved() {
        String dutch = bundle(Locale.forLanguageTag("nl")).getString(KEY);
        String english = bundle(Locale.ENGLISH).getString(KEY);

        assertThat(dutch).contains("databank").contains("niets opgeslagen");
        assertThat(english).contains("database").contains("nothing was saved");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BuddyTranslations.BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
