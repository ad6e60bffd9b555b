package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.civicrm.CiviCrmSettings;
import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.people.DemoData;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.people.JdbcPeopleDirectory;
import be.buddytrajectories.host.security.PasswordHasher;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostDatabaseIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migratesOnceLoadsDemoDataAndSignsInTheDemoUsers(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind)) {
            HostDatabases.migrate(db.dataSource());
            long applied = count(db, "select count(*) from host_databasechangelog");
            HostDatabases.migrate(db.dataSource());
            assertThat(count(db, "select count(*) from host_databasechangelog")).as("a second migration applies nothing")
                    .isEqualTo(applied);

            HostDatabase database = new TestHostDatabase(db);
            JdbcPeopleDirectory people = new JdbcPeopleDirectory(database, Clock.systemUTC());
            UserAccounts accounts = new UserAccounts(database, Clock.systemUTC(),
                    new PasswordHasher(PasswordHasher.MIN_ITERATIONS));
            HostPeople.loadDemo(HostPeople.OWN, database, accounts, HostPeople.DEFAULT_DEMO_CONTACTS,
                    Clock.systemUTC());

            assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(DemoData.VOLUNTEERS);
            assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(DemoData.NEWCOMERS);
            assertThat(people.search(new PersonQuery(null, "gent", 0, 10)).total()).isPositive();
            assertThat(people.changesSince(0, 1000)).hasSize(DemoData.VOLUNTEERS + DemoData.NEWCOMERS);
            assertThat(accounts.signIn("coordinator", DemoData.COORDINATOR_PASSWORD.toCharArray())).isPresent();
            assertThat(accounts.signIn("buddy", DemoData.BUDDY_PASSWORD.toCharArray()))
                    .hasValueSatisfying(u -> assertThat(u.personId()).isNotNull());
        }
    }

    @Test
    void aCiviCrmDemoSiteOnMariaDbHoldsTheDemoPeopleAmongOtherContactsAndIsLoadedOnce() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.mariadb()) {
            HostDatabases.migrate(db.dataSource());
            HostDatabase database = new TestHostDatabase(db);
            UserAccounts accounts = new UserAccounts(database, Clock.systemUTC(),
                    new PasswordHasher(PasswordHasher.MIN_ITERATIONS));

            HostPeople.loadDemo(HostPeople.CIVICRM, database, accounts, 2_000, Clock.systemUTC());
            HostPeople.loadDemo(HostPeople.CIVICRM, database, accounts, 2_000, Clock.systemUTC());

            PeopleDirectory people = HostPeople.directory(HostPeople.CIVICRM, database, Clock.systemUTC(),
                    CiviCrmSettings.none());
            assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(400);
            assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(120);
            assertThat(count(db, "select count(*) from civicrm_contact")).isEqualTo(2_000);
            assertThat(count(db, "select count(*) from civicrm_contact where contact_type = 'Organization'"))
                    .isPositive();
            long buddy = accounts.signIn("buddy", DemoData.BUDDY_PASSWORD.toCharArray()).orElseThrow().personId();
            assertThat(people.find(buddy)).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(
                    PersonKind.VOLUNTEER));
        }
    }

    @Test
    void aPasswordHashedWithFewerIterationsThanConfiguredIsHashedAgainAtItsNextSignIn() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(TestDatabases.Kind.H2)) {
            HostDatabases.migrate(db.dataSource());
            HostDatabase database = new TestHostDatabase(db);
            new UserAccounts(database, Clock.systemUTC(), new PasswordHasher(PasswordHasher.MIN_ITERATIONS))
                    .create("wout", "Lang-Geheim-2026".toCharArray(), null, List.of("COORDINATOR"));
            String weak = single(db, "select password_hash from host_user where username = 'wout'");
            UserAccounts stronger = new UserAccounts(database, Clock.systemUTC(),
                    new PasswordHasher(PasswordHasher.MIN_ITERATIONS * 2));

            assertThat(stronger.signIn("wout", "wrong".toCharArray())).isEmpty();
            assertThat(single(db, "select password_hash from host_user where username = 'wout'"))
                    .as("a wrong password changes no hash").isEqualTo(weak);
            assertThat(stronger.signIn("wout", "Lang-Geheim-2026".toCharArray())).isPresent();

            String rehashed = single(db, "select password_hash from host_user where username = 'wout'");
            assertThat(weak).startsWith("pbkdf2-sha256$" + PasswordHasher.MIN_ITERATIONS + "$");
            assertThat(rehashed).startsWith("pbkdf2-sha256$" + PasswordHasher.MIN_ITERATIONS * 2 + "$");
            assertThat(stronger.signIn("wout", "Lang-Geheim-2026".toCharArray())).isPresent();
        }
    }

    private static String single(TestDatabases.TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(TestDatabases.TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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
}
