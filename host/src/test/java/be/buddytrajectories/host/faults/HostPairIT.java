package be.buddytrajectories.host.faults;

import static be.buddytrajectories.host.faults.HostRestarts.log;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.faults.HostRestarts.Database;
import be.buddytrajectories.host.faults.HostRestarts.Verified;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two whole hosts, each in a JVM of its own with its own data directory and index, on one PostgreSQL database, as
 * behind a load balancer: both stream a coordinator's writes. A change made through one host is searchable on the
 * other; host A is SIGKILLed while writes go to both, host B keeps serving, A comes back and catches up by replaying
 * the outbox; then both indexes equal the database, no acknowledged write is lost, and every due run of every
 * background job ran on one host only.
 */
class HostPairIT {

    private static final long SEED = Long.getLong("host.pair.seed", System.nanoTime());
    private static final long MARKERS_PER_RUN = 1_000_000;
    private static final int LATENCY_SAMPLES = 20;
    private static final Duration FIND_TIMEOUT = Duration.ofSeconds(30);
    /** Short periods and leases, so that the jobs run often and a killed host's lease ends within the test. */
    private static final String[] JOB_SETTINGS = {"-Dbuddy.mail.rounds.every.seconds=3",
            "-Dbuddy.mail.send.every.seconds=1", "-Dbuddy.retention.every.seconds=3", "-Dbuddy.jobs.lease.seconds=5"};
    private static final Set<String> JOBS = Set.of("mail-rounds", "mail-send", "people-feed", "retention");

    @TempDir
    Path dir;

    @Test
    void twoHostsOnOneDatabaseShareEveryChangeSurviveTheKillOfOneAndRunEachJobOnce() throws Exception {
        System.out.println("HostPairIT seed=" + SEED + " (repeat with -Dhost.pair.seed=" + SEED + ")");
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Path dataA = dir.resolve("a");
        Path dataB = dir.resolve("b");
        try (Database db = Database.of(TestDatabases.Kind.POSTGRESQL, dir)) {
            AckedWrites writes = new AckedWrites();
            List<Long> latencies = new ArrayList<>();
            ChildHost b;
            int portB;
            Path logA2 = log("HostPairIT-A-2");
            try (ChildHost a = start("A-1", 0, dataA, db, random.nextLong(), 0, log("HostPairIT-A-1"))) {
                // One after the other, as an admin starts them: the first start migrates the schema and seeds.
                a.awaitReady();
                b = start("B", 1, dataB, db, random.nextLong(), 2 * MARKERS_PER_RUN, log("HostPairIT-B"));
                portB = b.awaitReady();
                latencies.addAll(changesFoundOnTheOther(a, b, LATENCY_SAMPLES / 2));
                latencies.addAll(changesFoundOnTheOther(b, a, LATENCY_SAMPLES / 2));
                Thread.sleep(random.nextInt(3000));
                a.kill();
                writes.add(a.lines());
            }
            try (b) {
                int beforeTheKill = b.lines().size();
                for (int i = 0; i < 5; i++) {
                    b.awaitLine(beforeTheKill, w -> w.get(0).equals("ack"), FIND_TIMEOUT);
                }
                assertThat(changesFoundOnTheOther(b, b, 3)).as("host B searches its own changes, host A dead")
                        .hasSize(3);
                HttpResponse<Void> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portB + "/login")).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(signIn.statusCode()).as("host B's sign-in page, host A dead").isEqualTo(200);
                try (ChildHost a = start("A-2", 0, dataA, db, random.nextLong(), MARKERS_PER_RUN, logA2)) {
                    a.awaitReady();
                    assertThat(Files.readString(logA2, StandardCharsets.ISO_8859_1)).as("host A replays what it missed")
                            .contains("replaying the outbox from there")
                            .doesNotContain("building the profile index from the database");
                    assertThat(changesFoundOnTheOther(b, a, 3)).as("host A caught up with host B's changes").hasSize(3);
                    latencies.addAll(changesFoundOnTheOther(a, b, 3));

                    stopWriting(a);
                    stopWriting(b);
                    Verified verifiedA = verify(a);
                    Verified verifiedB = verify(b);
                    writes.add(a.lines());
                    writes.add(b.lines());
                    a.kill();
                    b.kill();

                    writes.assertAllIn(db.url(), db.user(), db.password());
                    assertThat(writes.failed()).as("writes that failed (logs in target/faults)").isZero();
                    verifiedA.assertIndexEqualsDatabase();
                    verifiedB.assertIndexEqualsDatabase();
                    assertThat(verifiedA.indexed()).as("host A's index equals host B's").isEqualTo(verifiedB.indexed());
                    Map<String, Integer> runs = assertEachDueRunOfEachJobRanOnce(db, "A-1");
                    Collections.sort(latencies);
                    // Each sample is the time from seeing one host's acknowledgement to the other's answer.
                    assertThat(latencies.get(latencies.size() / 2)).as("median ms until the other host finds a change")
                            .isLessThanOrEqualTo(1000);
                    System.out.printf("HostPairIT %s profiles=%d latency_ms p50=%d max=%d n=%d job_runs=%s seconds=%.1f"
                                    + " seed=%d%n", writes.summary(), verifiedA.profiles().size(),
                            latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1), latencies.size(),
                            runs, (System.nanoTime() - started) / 1e9, SEED);
                }
            }
        }
    }

    private ChildHost start(String name, int part, Path dataDir, Database db, long seed, long firstMarker, Path log)
            throws Exception {
        List<String> options = new ArrayList<>(List.of("-Dbuddy.host.name=" + name, "-Dfault.stream.part=" + part,
                "-Dfault.stream.parts=2"));
        options.addAll(List.of(JOB_SETTINGS));
        return ChildHost.start("pair", dataDir, db.url(), db.user(), db.password(), seed, firstMarker, log,
                options.toArray(String[]::new));
    }

    /**
     * Takes the writer's next {@code count} acknowledged profile changes and asks the finder to find each in its own
     * index; returns the milliseconds from seeing each acknowledgement to the finder's answer.
     */
    private static List<Long> changesFoundOnTheOther(ChildHost writer, ChildHost finder, int count)
            throws InterruptedException {
        List<Long> millis = new ArrayList<>();
        int line = writer.lines().size();
        for (int i = 0; i < count; i++) {
            line = writer.awaitLine(line, w -> w.get(0).equals("ack") && w.get(1).equals("profile"), FIND_TIMEOUT);
            List<String> ack = writer.lines().get(line++);
            long seen = System.nanoTime();
            String marker = ack.get(2);
            finder.send("find " + ack.get(3) + " " + marker);
            int answered = finder.awaitLine(0, w -> w.size() > 1 && w.get(1).equals(marker)
                    && !w.get(0).equals("begin") && !w.get(0).equals("ack"), FIND_TIMEOUT);
            List<String> answer = finder.lines().get(answered);
            assertThat(answer.get(0)).as("the answer to finding %s", marker).isEqualTo("found");
            millis.add((System.nanoTime() - seen) / 1_000_000);
        }
        return millis;
    }

    private static void stopWriting(ChildHost host) throws InterruptedException {
        host.send("stop");
        host.await(w -> w.get(0).equals("stopped-writing"), FIND_TIMEOUT);
    }

    /** Once neither host writes: this host's index, drained, against a rebuild from the database. */
    private static Verified verify(ChildHost host) throws InterruptedException {
        int from = host.lines().size();
        host.send("verify");
        host.awaitLine(from, w -> w.get(0).equals("verified"), ChildHost.START_TIMEOUT);
        return Verified.of(host.lines().subList(from, host.lines().size()));
    }

    /**
     * Every due time of a job ends in at most one finished run, no two finished runs of a job overlap, and a run
     * without an end is the killed host's or the last one of its job (under way when the hosts were killed).
     *
     * @return finished runs per job and host
     */
    private static Map<String, Integer> assertEachDueRunOfEachJobRanOnce(Database db, String killedHost)
            throws Exception {
        Map<String, List<Run>> byJob = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select job, due_at, host, started_at, ended_at, outcome from buddy_job_run"
                     + " order by job, started_at, id")) {
            while (rs.next()) {
                byJob.computeIfAbsent(rs.getString(1), j -> new ArrayList<>()).add(new Run(rs.getTimestamp(2),
                        rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5), rs.getString(6)));
            }
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(byJob.keySet()).as("jobs that ran").containsAll(JOBS);
        Map<String, Integer> finishedByJobAndHost = new LinkedHashMap<>();
        byJob.forEach((job, runs) -> {
            Map<Timestamp, Integer> finishedPerDue = new TreeMap<>();
            Run previousFinished = null;
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i);
                if (run.ended() == null) {
                    softly.assertThat(run.host().equals(killedHost) || i == runs.size() - 1)
                            .as("%s: a run without an end on %s, not the last", job, run.host()).isTrue();
                    continue;
                }
                finishedPerDue.merge(run.due(), 1, Integer::sum);
                finishedByJobAndHost.merge(job + "@" + run.host(), 1, Integer::sum);
                if (previousFinished != null) {
                    softly.assertThat(run.started()).as("%s: a run started before the previous one ended", job)
                            .isAfterOrEqualTo(previousFinished.ended());
                }
                previousFinished = run;
            }
            finishedPerDue.forEach((due, count) -> softly.assertThat(count)
                    .as("%s: finished runs for the due time %s", job, due).isEqualTo(1));
        });
        softly.assertAll();
        return finishedByJobAndHost;
    }

    private record Run(Timestamp due, String host, Timestamp started, Timestamp ended, String outcome) {
    }
}
