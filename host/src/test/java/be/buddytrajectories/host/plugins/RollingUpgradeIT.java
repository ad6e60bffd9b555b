package be.buddytrajectories.host.plugins;

import static be.buddytrajectories.host.plugins.TestArchives.realArchive;
import static be.buddytrajectories.host.plugins.TestArchives.upgradeWithProbeTable;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hosts behind a load balancer on one PostgreSQL database, upgraded as the README's "Two hosts on one database"
 * tells an admin: the upgrade is staged on both, then each host restarts in turn while the other answers every
 * request. The first restarted host runs the new changeset while the other still runs the old version on the new
 * schema. The steps share the two installations, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollingUpgradeIT {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    // Static: @BeforeAll needs it.
    @TempDir
    static Path dir;

    private final long startedAt = System.nanoTime();
    private TestDatabases.TestDatabase database;
    private InstalledHost a;
    private InstalledHost b;
    private Map<String, Integer> pluginRowsBefore;

    @BeforeAll
    void installTwoHostsOnOneDatabase() throws Exception {
        // Fails rather than skips when CI is set and PostgreSQL is not there.
        database = TestDatabases.create(TestDatabases.Kind.POSTGRESQL);
        a = InstalledHost.in(Files.createDirectories(dir.resolve("a")), database.url(), database.user(),
                database.password());
        b = InstalledHost.in(Files.createDirectories(dir.resolve("b")), database.url(), database.user(),
                database.password());
    }

    @AfterAll
    void stopBothAndDropTheDatabase() throws Exception {
        try (TestDatabases.TestDatabase dropped = database; InstalledHost second = b; InstalledHost first = a) {
            // Closed in reverse: both hosts stop, then the database is dropped.
        }
        System.out.printf("RollingUpgradeIT took %d s%n", Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
    }

    @Test
    @Order(1)
    void bothHostsRunThePluginOnOneDatabaseStartedOneAfterTheOther() throws Exception {
        for (InstalledHost host : List.of(a, b)) {
            InstalledHost.CommandResult install = host.plugin("install", realArchive().toString());
            assertThat(install.exitCode()).as(install.output()).isZero();
        }
        // The first start creates the schema and seeds the demo data; the second finds both done.
        a.start();
        b.start();

        for (InstalledHost host : List.of(a, b)) {
            assertThat(host.plugin("list").output()).contains("ACTIVE").doesNotContain("PENDING");
        }
        pluginRowsBefore = pluginRows();
        assertThat(pluginRowsBefore.values()).as("the demo programme's duos and contacts").allMatch(rows -> rows > 0);
    }

    @Test
    @Order(2)
    void hostBAnswersEveryRequestWhileHostARestartsIntoTheUpgradeAndMigratesTheSchema() throws Exception {
        Path upgrade = upgradeWithProbeTable("0.2.0", dir);
        for (InstalledHost host : List.of(a, b)) {
            InstalledHost.CommandResult install = host.plugin("install", upgrade.toString());
            assertThat(install.exitCode()).as(install.output()).isZero();
        }

        restartWhileTheOtherServes(a, "A", b, "B");

        assertUpgraded(a);
        assertThat(count("select count(*) from information_schema.tables where table_name = 'buddy_upgrade_probe'"))
                .as("the new changeset's table").isEqualTo(1);
        assertThat(b.plugin("list").output()).as("host B still runs the first version, on the new schema")
                .contains("→ 0.2.0");
    }

    @Test
    @Order(3)
    void hostAAnswersEveryRequestWhileHostBRestartsIntoTheUpgrade() throws Exception {
        restartWhileTheOtherServes(b, "B", a, "A");

        assertUpgraded(b);
    }

    @Test
    @Order(4)
    void bothHostsEndOnTheUpgradeWithThePluginDataUnchanged() throws Exception {
        assertUpgraded(a);
        assertUpgraded(b);
        assertThat(pluginRows()).isEqualTo(pluginRowsBefore);
        assertThat(count("select count(*) from buddy_databasechangelog where id = 'upgrade-probe'"))
                .as("the new changeset ran once, at the first restarted host").isEqualTo(1);
    }

    private static void restartWhileTheOtherServes(InstalledHost restarted, String restartedName,
                                                   InstalledHost serving, String servingName) throws Exception {
        SignInPagePoller poller = new SignInPagePoller(serving);
        long start = System.nanoTime();
        try {
            restarted.restart();
        } finally {
            poller.stop();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("RollingUpgradeIT: %d requests for host %s's /login, %d without a 200, while host %s"
                + " restarted in %d s%n", poller.requests(), servingName, poller.failures().size(), restartedName,
                seconds);
        assertThat(poller.failures()).as("requests host %s did not answer with 200", servingName).isEmpty();
        // Every 200 ms plus the answer's time: at least one a second shows the poller ran throughout.
        assertThat(poller.requests()).as("requests to host %s", servingName).isGreaterThanOrEqualTo((int) seconds);
    }

    private static void assertUpgraded(InstalledHost host) throws Exception {
        assertThat(host.plugin("list").output()).as("the plugin list, with nothing staged any more")
                .containsPattern("buddy-trajectories .* 0\\.2\\.0 +ACTIVE ").doesNotContain("→")
                .doesNotContain("PENDING");
    }

    /** The row counts of the plugin's duos and contacts. */
    private Map<String, Integer> pluginRows() throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : List.of("buddy_trajectory", "buddy_contact")) {
            rows.put(table, count("select count(*) from " + table));
        }
        return rows;
    }

    private int count(String sql) throws Exception {
        try (Connection c = a.database(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Requests a host's sign-in page every 200 ms on a thread of its own, as users behind the balancer do. */
    private static final class SignInPagePoller {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final HttpRequest request;
        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger requests = new AtomicInteger();
        private final List<String> failures = new CopyOnWriteArrayList<>();

        SignInPagePoller(InstalledHost host) {
            request = HttpRequest.newBuilder(URI.create(host.url("login"))).timeout(Duration.ofSeconds(10)).build();
            executor.scheduleWithFixedDelay(this::poll, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void poll() {
            int number = requests.incrementAndGet();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    failures.add("request " + number + ": HTTP " + status);
                }
            } catch (IOException e) {
                failures.add("request " + number + ": " + e);
            } catch (InterruptedException e) {
                failures.add("request " + number + ": interrupted");
                Thread.currentThread().interrupt();
            }
        }

        /** Stops after the request under way, so that every counted request has its answer. */
        void stop() throws InterruptedException {
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        int requests() {
            return requests.get();
        }

        List<String> failures() {
            return failures;
        }
    }
}
