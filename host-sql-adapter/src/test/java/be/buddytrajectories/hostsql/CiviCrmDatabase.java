package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the sample CiviCRM-like schema (and optionally other data) in a test database. */
final class CiviCrmDatabase {

    static final String QUERIES = "be/buddytrajectories/hostsql/civicrm-people.properties";

    private CiviCrmDatabase() {
    }

    static void run(TestDatabases.TestDatabase database, String script) {
        String text;
        try (InputStream in = CiviCrmDatabase.class.getResourceAsStream(script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : text.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        }
    }

    static SqlPeopleDirectory directory(TestDatabases.TestDatabase database) {
        return new SqlPeopleDirectory(database.dataSource(), SqlQueries.fromClassPath(QUERIES),
                java.time.Clock.systemUTC());
    }
}
