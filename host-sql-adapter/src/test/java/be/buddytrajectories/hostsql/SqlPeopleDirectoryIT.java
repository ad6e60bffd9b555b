package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.PeopleDirectoryContract;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * The SQL people directory over the CiviCRM-like schema keeps the same host-api contract as the reference host's
 * directory, with organisations, donors and trashed contacts in the same tables (which it must not show).
 */
class SqlPeopleDirectoryIT {

    abstract static class OnDatabase extends PeopleDirectoryContract {

        private TestDatabases.TestDatabase database;

        abstract TestDatabases.Kind kind();

        @Override
        protected PeopleDirectory open() {
            database = TestDatabases.create(kind());
            CiviCrmDatabase.run(database, "civicrm-schema.sql");
            CiviCrmDatabase.run(database, "civicrm-others.sql");
            return CiviCrmDatabase.directory(database);
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
}
