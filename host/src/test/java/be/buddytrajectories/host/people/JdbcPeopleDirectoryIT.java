package be.buddytrajectories.host.people;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.PeopleDirectoryContract;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The reference host's people directory keeps the host-api contract on every database the host supports. */
class JdbcPeopleDirectoryIT {

    abstract static class OnDatabase extends PeopleDirectoryContract {

        private TestDatabases.TestDatabase database;

        abstract TestDatabases.Kind kind();

        @Override
        protected PeopleDirectory open() {
            database = TestDatabases.create(kind());
            HostDatabases.migrate(database.dataSource());
            return new JdbcPeopleDirectory(new TestHostDatabase(database), Clock.systemUTC());
        }

        @Override
        protected void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        TestDatabases.Kind kind() {
            return TestDatabases.Kind.H2;
        }
    }

    @Nested
    class OnPostgreSql extends OnDatabase {
        @Override
        TestDatabases.Kind kind() {
            return TestDatabases.Kind.POSTGRESQL;
        }
    }

    @Nested
    class OnMariaDb extends OnDatabase {
        @Override
        TestDatabases.Kind kind() {
            return TestDatabases.Kind.MARIADB;
        }
    }
}
