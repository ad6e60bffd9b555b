package be.buddytrajectories.hostsql.civicrm;

import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.PeopleDirectoryContract;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import java.time.Clock;

/**
 * The CiviCRM mapping keeps the whole host-api contract on CiviCRM's own schema on MariaDB, the database CiviCRM
 * runs on, with organisations, households, donors and trashed volunteers in the same tables (which it must not show).
 */
class CiviCrmPeopleDirectoryIT extends PeopleDirectoryContract {

    private TestDatabases.TestDatabase database;

    @Override
    protected PeopleDirectory open() {
        database = TestDatabases.mariadb();
        CiviCrmSite.createSchema(database.dataSource());
        CiviCrmSite.addOthers(database.dataSource(), 40, 1L);
        return new SqlPeopleDirectory(database.dataSource(), CiviCrmSite.peopleQueries(), Clock.systemUTC());
    }

    @Override
    protected void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }
}
