package be.buddytrajectories.hostapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aPoolTimeoutOrALostConnectionAnywhereInTheCauseChainMeansTheDatabaseIsUnreachable() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "host - Connection is not available, request timed out after 10000ms", "08001",
                new ConnectException("Connection refused"));

        assertThat(DatabaseFailures.unreachable(new IllegalStateException("query failed", timeout))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForAnUnreachableDatabase() {
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseFailures.unreachable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("a bug"))).isFalse();
    }
}
