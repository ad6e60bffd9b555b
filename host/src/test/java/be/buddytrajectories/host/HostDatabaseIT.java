package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.people.DemoData;
import be.buddytrajectories.host.people.JdbcPeopleDirectory;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostDatabaseIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migratesOnceLoadsDemoDataAndSignsInTheDemoUsers(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind)) {
            HostDatabases.migrate(db.dataSource());
            int applied = changesets(db);
            HostDatabases.migrate(db.dataSource());
            assertThat(changesets(db)).as("a second migration applies nothing").isEqualTo(applied);

            HostDatabase database = new TestHostDatabase(db);
            JdbcPeopleDirectory people = new JdbcPeopleDirectory(database, Clock.systemUTC());
            UserAccounts accounts = new UserAccounts(database, Clock.systemUTC());
            DemoData.load(people, accounts);

            assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(DemoData.VOLUNTEERS);
            assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(DemoData.NEWCOMERS);
            assertThat(people.search(new PersonQuery(null, "gent", 0, 10)).total()).isPositive();
            assertThat(people.changesSince(0, 1000)).hasSize(DemoData.VOLUNTEERS + DemoData.NEWCOMERS);
            assertThat(accounts.signIn("coordinator", DemoData.COORDINATOR_PASSWORD.toCharArray())).isPresent();
            assertThat(accounts.signIn("buddy", DemoData.BUDDY_PASSWORD.toCharArray()))
                    .hasValueSatisfying(u -> assertThat(u.personId()).isNotNull());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theHostsConnectionsReadWhatOthersCommittedEvenWhereTheDatabaseDefaultsToRepeatableRead(
            TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind);
             HikariDataSource pool = HostDatabases.open(db.url().replace("&transactionIsolation=READ_COMMITTED", ""),
                     db.user(), db.password());
             Connection c = pool.getConnection()) {
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    private static int changesets(TestDatabases.TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from host_databasechangelog")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
