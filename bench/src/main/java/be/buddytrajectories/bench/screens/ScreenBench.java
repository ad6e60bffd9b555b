package be.buddytrajectories.bench.screens;

import be.buddytrajectories.bench.run.Machine;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import be.buddytrajectories.hostsql.civicrm.CiviCrmSite;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * {@code bin/bench screens} (see {@link ScreenOptions}): builds a CiviCRM site on a new MariaDB database, seeds a
 * programme, times the screens and the import, writes the report and drops the database. Progress goes to
 * standard error; the report's path and one line of figures to standard output.
 */
final class ScreenBench {

    private static final long INDEX_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

    private ScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        // Liquibase, Hibernate and Weld log through java.util.logging: only their warnings belong in a run's output.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        ScreenOptions options;
        try {
            options = ScreenOptions.parse(args, Path.of(System.getProperty("bench.root", ".")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ScreenResults results = run(options);
        System.out.println("report: " + options.reportFile());
        System.out.println(results.finalLine());
        System.exit(0);
    }

    static ScreenResults run(ScreenOptions options) throws Exception {
        long start = System.nanoTime();
        double cpuAtStart = Machine.processCpuSeconds();
        ScreenResults results = new ScreenResults();
        results.options = options;
        results.machine = Machine.current();
        results.loadBefore = Machine.loadAverage();
        // The database as the test kit makes one (and drops it); the pool as the host opens its database.
        try (TestDatabases.TestDatabase created = TestDatabases.mariadb();
             HikariDataSource pool = HostDatabases.open(created.url(), created.user(), created.password())) {
            // Ctrl-C drops the database too (dropping is "if exists": after a normal end it does nothing).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(created)));
            results.database = version(pool);
            SqlMeter sql = new SqlMeter();
            DataSource dataSource = sql.wrap(pool);
            // The fixture closes its database when it closes; this one outlives it, for the import.
            TestDatabases.TestDatabase site = new TestDatabases.TestDatabase(created.kind(), dataSource,
                    created.url(), created.user(), created.password(), () -> { });
            progress("building a CiviCRM site of " + options.contacts() + " contacts");
            results.site = Site.build(dataSource, options.contacts(), options.seed());
            SqlPeopleDirectory people = new SqlPeopleDirectory(dataSource, CiviCrmSite.peopleQueries(),
                    Clock.systemUTC());
            try (ViewFixture fixture = ViewFixture.over(people, site)) {
                progress("seeding the programme through the services");
                results.programme = new ProgrammeSeed(fixture, results.site, options.seed()).seed();
                progress("waiting for the index");
                long t0 = System.nanoTime();
                results.indexedProfiles = awaitIndexed(fixture);
                results.indexSeconds = (System.nanoTime() - t0) / 1e9;
                progress("timing the screens: warm-up rounds " + options.warmUps() + ", measured "
                        + options.repeats() + ", profiled " + ScreenTimer.PROFILED_ROUNDS);
                ScreenTimer timer = new ScreenTimer(fixture, sql, results.programme);
                CpuSnapshot before = CpuSnapshot.now();
                long rounds = System.nanoTime();
                timer.run(options.warmUps(), options.repeats());
                results.screenSeconds = (System.nanoTime() - rounds) / 1e9;
                results.othersCpuSeconds = before.othersUntil(CpuSnapshot.now());
                results.timings = timer.timings();
            }
            progress("importing a spreadsheet of " + options.rows() + " volunteers");
            results.sheet = SheetImport.run(site, people, sql, VolunteerSheet.csv(options.rows(), options.seed()),
                    options.rows());
        }
        results.loadAfter = Machine.loadAverage();
        results.totalSeconds = (System.nanoTime() - start) / 1e9;
        results.cpuSeconds = Machine.processCpuSeconds() - cpuAtStart;
        Files.createDirectories(options.reportFile().getParent());
        Files.writeString(options.reportFile(), ScreenReport.markdown(results));
        return results;
    }

    /**
     * Waits until the indexer applied every change, as the fixture's {@code awaitIndexed} does, but with room for
     * thousands of profiles; returns the number of documents.
     */
    private static long awaitIndexed(ViewFixture fixture) throws InterruptedException {
        fixture.signInCoordinator();
        ProfileIndexer index = fixture.bean(ProfileIndexer.class);
        long deadline = System.nanoTime() + INDEX_TIMEOUT_NANOS;
        while (index.status().pendingChanges() > 0 || index.status().rebuilding()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index did not catch up: " + index.status());
            }
            Thread.sleep(100);
        }
        fixture.awaitIndexed();
        return index.status().documents();
    }

    private static void drop(TestDatabases.TestDatabase database) {
        try {
            database.close();
        } catch (SQLException e) {
            System.err.println("could not drop " + database.url() + ": " + e.getMessage());
        }
    }

    private static String version(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return "MariaDB " + rs.getString(1);
        }
    }

    private static void progress(String message) {
        System.err.printf(Locale.ROOT, "[bench screens %tT] %s%n", System.currentTimeMillis(), message);
    }
}
