package be.buddytrajectories.host.faults;

import static be.buddytrajectories.host.faults.HostRestarts.awaitInLog;
import static be.buddytrajectories.host.faults.HostRestarts.log;
import static be.buddytrajectories.host.faults.HostRestarts.verify;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.faults.HostRestarts.Database;
import be.buddytrajectories.host.faults.HostRestarts.Verified;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills the whole host (SIGKILL) at random moments while a coordinator's writes stream through the plugin's
 * services and the indexer applies them, restarts it on the same data each time (H2 and PostgreSQL), and checks
 * that no acknowledged write was lost and the index equals the database ({@link HostHaltIT} halts it at named
 * moments instead).
 */
class HostKillIT {

    /** Kills per run on H2: {@code -Dhost.kills=25} for the long version; CI runs the short one. */
    private static final int KILLS = Integer.getInteger("host.kills", 2);
    /**
     * A third as many on PostgreSQL and MariaDB, whose durability is not in doubt as H2's was: their rounds check
     * that the stream, the restarts and the index sync work the same there. Only with {@code -Dhost.kills.servers=true}
     * ({@code bin/long-tests}): in CI, {@link HostPairIT} kills a host on PostgreSQL during writes and checks the same.
     */
    private static final int SERVER_KILLS = Math.max(1, KILLS / 3);
    private static final boolean SERVERS = Boolean.getBoolean("host.kills.servers");
    /** Random moments are reproducible: {@code -Dhost.kills.seed=N} repeats a run. */
    private static final long SEED = Long.getLong("host.kills.seed", System.nanoTime());
    private static final long MARKERS_PER_RUN = 1_000_000;

    @TempDir
    Path dir;

    static Stream<TestDatabases.Kind> databases() {
        return SERVERS ? Stream.of(TestDatabases.Kind.values()) : Stream.of(TestDatabases.Kind.H2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killingTheHostDuringWritesAndIndexingLosesNoAcknowledgedWriteAndTheIndexEqualsTheDatabase(
            TestDatabases.Kind kind) throws Exception {
        int kills = kind == TestDatabases.Kind.H2 ? KILLS : SERVER_KILLS;
        System.out.println("HostKillIT " + kind + " seed=" + SEED + " kills=" + kills
                + " (repeat with -Dhost.kills.seed=" + SEED + ")");
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Path dataDir = dir.resolve("data");
        try (Database db = Database.of(kind, dataDir)) {
            AckedWrites writes = new AckedWrites();
            for (int round = 0; round < kills; round++) {
                Path roundLog = log("HostKillIT-" + kind + "-round-" + round);
                try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                        random.nextLong(), round * MARKERS_PER_RUN, roundLog)) {
                    host.awaitReady();
                    host.await(w -> w.get(0).equals("ack"), ChildHost.START_TIMEOUT);
                    if (round == 0) {
                        // The first start builds the index; every later one must find it and replay the outbox.
                        awaitInLog(roundLog, "profile index rebuilt with", ChildHost.START_TIMEOUT);
                    } else {
                        assertThat(Files.readString(roundLog, StandardCharsets.ISO_8859_1)).as("round %d recovered by replay", round)
                                .contains("replaying the outbox from there")
                                .doesNotContain("building the profile index from the database");
                    }
                    Thread.sleep(random.nextInt(4000));
                    host.kill();
                    writes.add(host.lines());
                    System.out.println("HostKillIT " + kind + " round " + round + ": " + host.lines().stream()
                            .filter(w -> w.get(0).equals("ack")).count() + " acks");
                }
            }
            Verified verified = verify(dataDir, db, log("HostKillIT-" + kind + "-verify"));

            writes.assertAllIn(db.url(), db.user(), db.password());
            assertThat(writes.failed()).as("writes that failed (logs in target/faults)").isZero();
            verified.assertIndexEqualsDatabase();
            // On H2, the file's size shows what appending every write (REUSE_SPACE=FALSE) costs after all kills.
            Path h2File = dataDir.resolve("db/host.mv.db");
            System.out.printf("HostKillIT %s kills=%d %s profiles=%d%s seconds=%.1f seed=%d%n", kind, kills,
                    writes.summary(), verified.profiles().size(),
                    Files.exists(h2File) ? String.format(" db_mb=%.1f", Files.size(h2File) / 1e6) : "",
                    (System.nanoTime() - started) / 1e9, SEED);
        }
    }
}
