package be.buddytrajectories.host.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.halt.HaltPoint;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the whole host (SIGKILL) at random moments while a coordinator's writes stream through the plugin's
 * services and the indexer applies them, restarts it on the same data each time (H2 and PostgreSQL), and checks
 * that no acknowledged write was lost and the index equals the database. Also: a corrupt index file is rebuilt at
 * start.
 */
class HostKillIT {

    /** Kills per run on H2: {@code -Dhost.kills=25} for the long version; CI runs the short one. */
    private static final int KILLS = Integer.getInteger("host.kills", 2);
    /**
     * A third as many on PostgreSQL and MariaDB, whose durability is not in doubt as H2's was: their rounds check
     * that the stream, the restarts and the index sync work the same there, and keep the short version short.
     */
    private static final int SERVER_KILLS = Math.max(1, KILLS / 3);
    /** Random moments are reproducible: {@code -Dhost.kills.seed=N} repeats a run. */
    private static final long SEED = Long.getLong("host.kills.seed", System.nanoTime());
    private static final long MARKERS_PER_RUN = 1_000_000;
    private static final Duration VERIFY_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
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

    /**
     * The host halts by itself at a named moment during a stream of writes (the swap of a rebuilt generation
     * happens at the first start, which builds the index), then starts again on the same data: every acknowledged
     * write is in the database and the index equals the database.
     */
    @ParameterizedTest
    @EnumSource(HaltPoint.class)
    void haltingAtANamedMomentLosesNoAcknowledgedWriteAndTheIndexEqualsTheDatabase(HaltPoint moment)
            throws Exception {
        Random random = new Random(SEED + moment.ordinal());
        long times = switch (moment) {
            // Past the start's own transactions, into the write stream.
            case AFTER_COMMIT -> 600 + random.nextInt(400);
            case BETWEEN_INDEX_COMMIT_AND_OUTBOX_DISCARD -> 3 + random.nextInt(5);
            case DURING_GENERATION_SWAP -> 1;
        };
        Path dataDir = dir.resolve("data");
        Database db = Database.of(TestDatabases.Kind.H2, dataDir);
        Path log = log("HostKillIT-halt-" + moment);
        AckedWrites writes = new AckedWrites();
        try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                random.nextLong(), 0, log, "-Dbuddy.halt.at=" + moment + ":" + times)) {
            host.awaitExit(ChildHost.START_TIMEOUT);
            writes.add(host.lines());
            assertThat(host.exitValue()).as("the host halted by itself").isEqualTo(HaltPoint.HALT_STATUS);
        }
        assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).contains("halting at " + moment);

        Verified verified = verify(dataDir, db, log("HostKillIT-halt-" + moment + "-verify"));

        if (moment != HaltPoint.DURING_GENERATION_SWAP) {
            writes.assertAllIn(db.url(), db.user(), db.password());
        }
        assertThat(writes.failed()).as("writes that failed (logs in target/faults)").isZero();
        verified.assertIndexEqualsDatabase();
        assertThat(verified.indexed()).isNotEmpty();
        System.out.printf("HostKillIT halt at %s (time %d) %s profiles=%d seed=%d%n", moment, times,
                writes.summary(), verified.profiles().size(), SEED);
    }

    @Test
    void aCorruptSegmentFileOfTheIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        Path dataDir = dir.resolve("data");
        Database db = Database.of(TestDatabases.Kind.H2, dataDir);
        verify(dataDir, db, log("HostKillIT-intact")).assertIndexEqualsDatabase();

        Path corrupted = corruptLargestSegmentFile(dataDir.resolve("plugins/buddy-trajectories/index"));
        Path log = log("HostKillIT-corrupt");
        Verified afterStart = verify(dataDir, db, log);

        assertThat(Files.readString(log)).as("the host noticed %s", corrupted).contains("is corrupt")
                .contains("building the profile index from the database");
        afterStart.assertIndexEqualsDatabase();
        assertThat(afterStart.indexed()).hasSize(afterStart.profiles().size()).isNotEmpty();
    }

    private static Verified verify(Path dataDir, Database db, Path log) throws Exception {
        return verify(dataDir, db.url(), db.user(), db.password(), log);
    }

    /** Starts the host once more, lets it apply every pending change, and reads its index and profiles. */
    static Verified verify(Path dataDir, String url, String user, String password, Path log) throws Exception {
        try (ChildHost host = ChildHost.start("verify", dataDir, url, user, password, 0, 0, log)) {
            host.awaitReady();
            host.await(w -> w.get(0).equals("stopped"), VERIFY_TIMEOUT);
            host.awaitExit(Duration.ofSeconds(30));
            return Verified.of(host.lines());
        }
    }

    private static void awaitInLog(Path log, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("\"" + text + "\" not in " + log + " within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** A child host's own logging, kept under {@code target/faults} for when a run fails. */
    static Path log(String name) throws IOException {
        Path log = Files.createDirectories(Path.of("target", "faults")).resolve(name + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    private static Path corruptLargestSegmentFile(Path indexDir) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(indexDir)) {
            file = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().endsWith(".lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        return file;
    }

    /** Where the host keeps its data: H2 under the data directory (as by default), or a fresh PostgreSQL database. */
    private record Database(String url, String user, String password, TestDatabases.TestDatabase dropped)
            implements AutoCloseable {

        static Database of(TestDatabases.Kind kind, Path dataDir) {
            if (kind == TestDatabases.Kind.H2) {
                return new Database(HostConfig.defaultH2Url(dataDir), "sa", "", null);
            }
            TestDatabases.TestDatabase server = TestDatabases.create(kind);
            return new Database(server.url(), server.user(), server.password(), server);
        }

        @Override
        public void close() throws SQLException {
            if (dropped != null) {
                dropped.close();
            }
        }
    }

    /** What a verifying host printed: its index before and after a rebuild from the database, and the profile ids. */
    record Verified(long pending, Map<String, String> indexed, Map<String, String> rebuilt, Set<String> profiles) {

        static Verified of(List<List<String>> lines) {
            return new Verified(
                    lines.stream().filter(w -> w.get(0).equals("pending")).mapToLong(w -> Long.parseLong(w.get(1)))
                            .findFirst().orElse(-1),
                    hashes(lines, "indexed"), hashes(lines, "rebuilt"),
                    lines.stream().filter(w -> w.get(0).equals("profile")).map(w -> w.get(1))
                            .collect(Collectors.toCollection(TreeSet::new)));
        }

        private static Map<String, String> hashes(List<List<String>> lines, String kind) {
            return lines.stream().filter(w -> w.get(0).equals(kind))
                    .collect(Collectors.toMap(w -> w.get(1), w -> w.get(2), (a, b) -> b, TreeMap::new));
        }

        void assertIndexEqualsDatabase() {
            assertThat(pending).as("changes left in the outbox").isZero();
            assertThat(indexed.keySet()).as("indexed profile ids").isEqualTo(profiles);
            assertThat(indexed).as("the index, field by field, against a rebuild from the database").isEqualTo(rebuilt);
        }
    }
}
