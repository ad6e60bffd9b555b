package be.buddytrajectories.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuddyDatabaseIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void appliesEveryChangelogAndTheMappingValidatesAgainstIt(TestDatabases.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind)) {
            BuddyDatabase database = new BuddyDatabase(db.dataSource(), () -> Locale.ENGLISH);
            int applied = countRows(db, "buddy_databasechangelog");
            assertThat(applied).isPositive();
            database.close();

            new BuddyDatabase(db.dataSource(), () -> Locale.ENGLISH).close();

            assertThat(countRows(db, "buddy_databasechangelog")).as("a second start applies nothing again")
                    .isEqualTo(applied);
        }
    }

    private static int countRows(TestDatabase db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
