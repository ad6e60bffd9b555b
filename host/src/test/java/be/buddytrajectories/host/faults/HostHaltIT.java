package be.buddytrajectories.host.faults;

import static be.buddytrajectories.host.faults.HostRestarts.log;
import static be.buddytrajectories.host.faults.HostRestarts.verify;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.faults.HostRestarts.Database;
import be.buddytrajectories.host.faults.HostRestarts.Verified;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.halt.HaltPoint;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The host halts by itself at the moments where a crash hurts most (right after a commit, between the index's
 * commit and the outbox's discard, during the swap of a rebuilt index), or finds its index file corrupt: each
 * time it starts again on the same data with no acknowledged write lost and an index equal to the database.
 */
class HostHaltIT {

    /** Random moments are reproducible: {@code -Dhost.kills.seed=N} repeats a run. */
    private static final long SEED = Long.getLong("host.kills.seed", System.nanoTime());

    @TempDir
    Path dir;

    /**
     * The host halts by itself at a named moment during a stream of writes (the swap of a rebuilt generation
     * happens at the first start, which builds the index), then starts again on the same data: every acknowledged
     * write is in the database and the index equals the database.
     */
    @ParameterizedTest
    // The index's moments; a halt point of the mail outbox belongs to a test that sends mail.
    @EnumSource(value = HaltPoint.class, names = {"AFTER_COMMIT", "BETWEEN_INDEX_COMMIT_AND_OUTBOX_DISCARD",
            "DURING_GENERATION_SWAP"})
    void haltingAtANamedMomentLosesNoAcknowledgedWriteAndTheIndexEqualsTheDatabase(HaltPoint moment)
            throws Exception {
        Random random = new Random(SEED + moment.ordinal());
        long times = switch (moment) {
            // Past the start's own transactions, into the write stream.
            case AFTER_COMMIT -> 600 + random.nextInt(400);
            case BETWEEN_INDEX_COMMIT_AND_OUTBOX_DISCARD -> 3 + random.nextInt(5);
            case DURING_GENERATION_SWAP -> 1;
            default -> throw new IllegalArgumentException("not an index moment: " + moment);
        };
        Path dataDir = dir.resolve("data");
        Database db = Database.of(TestDatabases.Kind.H2, dataDir);
        Path log = log("HostHaltIT-halt-" + moment);
        AckedWrites writes = new AckedWrites();
        try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                random.nextLong(), 0, log, "-Dbuddy.halt.at=" + moment + ":" + times)) {
            host.awaitExit(ChildHost.START_TIMEOUT);
            writes.add(host.lines());
            assertThat(host.exitValue()).as("the host halted by itself").isEqualTo(HaltPoint.HALT_STATUS);
        }
        assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).contains("halting at " + moment);

        Verified verified = verify(dataDir, db, log("HostHaltIT-halt-" + moment + "-verify"));

        if (moment != HaltPoint.DURING_GENERATION_SWAP) {
            writes.assertAllIn(db.url(), db.user(), db.password());
        }
        assertThat(writes.failed()).as("writes that failed (logs in target/faults)").isZero();
        verified.assertIndexEqualsDatabase();
        assertThat(verified.indexed()).isNotEmpty();
        System.out.printf("HostHaltIT halt at %s (time %d) %s profiles=%d seed=%d%n", moment, times,
                writes.summary(), verified.profiles().size(), SEED);
    }

    @Test
    void aCorruptSegmentFileOfTheIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        Path dataDir = dir.resolve("data");
        Database db = Database.of(TestDatabases.Kind.H2, dataDir);
        verify(dataDir, db, log("HostHaltIT-intact")).assertIndexEqualsDatabase();

        Path corrupted = corruptLargestSegmentFile(dataDir.resolve("plugins/buddy-trajectories/index"));
        Path log = log("HostHaltIT-corrupt");
        Verified afterStart = verify(dataDir, db, log);

        assertThat(Files.readString(log)).as("the host noticed %s", corrupted).contains("is corrupt")
                .contains("building the profile index from the database");
        afterStart.assertIndexEqualsDatabase();
        assertThat(afterStart.indexed()).hasSize(afterStart.profiles().size()).isNotEmpty();
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
}
