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
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host halts by itself at the moments where a crash hurts most (right after a commit, between the index's
 * commit and the outbox's discard, during the swap of a rebuilt index), or finds its index file corrupt: each
 * time it starts again on the same data with no acknowledged write lost and an index equal to the database.
 */
class HostHaltIT {

    /** Random moments are reproducible: {@code -Dhost.kills.seed=N} repeats a run. */
    private static final long SEED = Long.getLong("host.kills.seed", System.nanoTime());

    /** Each start's write markers are numbered from its own range, so that no two starts write the same one. */
    private static final long MARKERS_PER_START = 1_000_000;

    @TempDir
    Path dir;

    /**
     * The host halts by itself at each named moment in turn, on the same data, during a stream of writes: first
     * during the swap of a rebuilt generation (the first start builds the index), then right after a commit, then
     * between the index's commit and recording its position. Each start recovers from the halt before it; after the
     * last one a start applies what is left: every acknowledged write is in the database and the index equals the
     * database. The swap comes first because its recovery is a rebuild, which would hide what an earlier halt left.
     * Last, a segment file of that index is corrupted and the next start rebuilds the index from the database (on
     * the same data: one start fewer than a test of its own).
     */
    @Test
    void haltingAtEachNamedMomentInTurnOrFindingTheIndexCorruptLosesNoAcknowledgedWriteAndTheIndexEqualsTheDatabase()
            throws Exception {
        Path dataDir = dir.resolve("data");
        Database db = Database.of(TestDatabases.Kind.H2, dataDir);
        AckedWrites writes = new AckedWrites();
        StringBuilder halts = new StringBuilder();
        for (HaltPoint moment : List.of(HaltPoint.DURING_GENERATION_SWAP, HaltPoint.AFTER_COMMIT,
                HaltPoint.BETWEEN_INDEX_COMMIT_AND_POSITION_RECORDED)) {
            Random random = new Random(SEED + moment.ordinal());
            long times = switch (moment) {
                case DURING_GENERATION_SWAP -> 1;
                // Past the start's own transactions, into the write stream.
                case AFTER_COMMIT -> 600 + random.nextInt(400);
                default -> 3 + random.nextInt(5);
            };
            Path log = log("HostHaltIT-halt-" + moment);
            try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                    random.nextLong(), moment.ordinal() * MARKERS_PER_START, log,
                    "-Dbuddy.halt.at=" + moment + ":" + times)) {
                host.awaitExit(ChildHost.START_TIMEOUT);
                writes.add(host.lines());
                assertThat(host.exitValue()).as("the host halted by itself at %s", moment)
                        .isEqualTo(HaltPoint.HALT_STATUS);
            }
            assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).contains("halting at " + moment);
            halts.append(' ').append(moment).append(':').append(times);
        }

        Verified verified = verify(dataDir, db, log("HostHaltIT-halt-verify"));

        writes.assertAllIn(db.url(), db.user(), db.password());
        assertThat(writes.failed()).as("writes that failed (logs in target/faults)").isZero();
        verified.assertIndexEqualsDatabase();
        assertThat(verified.indexed()).isNotEmpty();
        System.out.printf("HostHaltIT halts at%s %s profiles=%d seed=%d%n", halts, writes.summary(),
                verified.profiles().size(), SEED);

        // Then the index file itself is damaged, as a disk can damage it: the next start rebuilds it.
        Path corrupted = corruptLargestSegmentFile(dataDir.resolve("plugins/buddy-trajectories/index"));
        Path corruptLog = log("HostHaltIT-corrupt");
        Verified afterCorruption = verify(dataDir, db, corruptLog);

        assertThat(Files.readString(corruptLog, StandardCharsets.ISO_8859_1)).as("the host noticed %s", corrupted)
                .contains("is corrupt").contains("building the profile index from the database");
        afterCorruption.assertIndexEqualsDatabase();
        assertThat(afterCorruption.indexed()).hasSize(afterCorruption.profiles().size()).isNotEmpty();
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
