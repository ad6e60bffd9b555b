package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the indexer's JVM (SIGKILL) while it applies changes, and checks that every restart replays the outbox into
 * the index it left (never rebuilding) and that the last one ends equal to the database.
 */
class IndexerCrashIT {

    /** Kills per run: {@code -Dcrash.rounds=20} for the long version; CI runs the short one. */
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 2);
    /** Several of the indexer's batches of 500: a kill after its first batch leaves work undone. */
    private static final int CHANGES_PER_ROUND = 2_000;
    private static final int CHANGES_PER_TRANSACTION = 50;

    @TempDir
    Path dir;

    @Test
    void killingTheIndexerWhileItIndexesAndRestartingYieldsAnIndexEqualToTheDatabase() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE";
        Path indexDir = dir.resolve("index");
        BuddyDatabase database = new BuddyDatabase(IndexerProcess.dataSource(url), () -> Locale.ENGLISH);
        IndexOutbox outbox = new IndexOutbox(database, Clock.systemUTC());
        Random random = new Random(42);
        // This JVM keeps the database open, so it stays H2's server and each indexer connects to it: a database
        // that closed with its last connection would be opened (and locked) by whichever process came next.
        Connection keepOpen = IndexerProcess.dataSource(url).getConnection();
        long nextId = writeChanges(database, outbox, random, 1);
        ProfileIndexer first = IndexerProcess.open(database, indexDir);
        awaitNothingPending(database);
        first.close();

        for (int round = 0; round < ROUNDS; round++) {
            nextId = writeChanges(database, outbox, random, nextId);
            int written = pending(database);
            Indexer indexer = startIndexer(url, indexDir);
            // Killed as soon as it applied its first batch: the rest of the round is still to do.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (pending(database) == written && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            indexer.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int pendingAtKill = pending(database);
            assertThat(indexer.rebuilding()).as("round %d replayed rather than rebuilt", round).isFalse();
            assertThat(pendingAtKill).as("round %d killed mid-way through %d changes", round, written)
                    .isPositive().isLessThan(written);
        }

        ProfileIndexer restarted = IndexerProcess.open(database, indexDir);
        assertThat(restarted.index().needsRebuild()).as("the last start replays too").isFalse();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pending(database) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            restarted.index().refresh();
            assertThat(pending(database)).isZero();
            assertThat(new TreeMap<>(restarted.index().contentHashes())).isEqualTo(databaseContent(database));
        } finally {
            restarted.close();
            database.close();
            keepOpen.close();
        }
    }

    /** New buddies, and changes to earlier ones (interests, status), each with its outbox row, 50 to a transaction. */
    private static long writeChanges(BuddyDatabase database, IndexOutbox outbox, Random random, long nextId) {
        long[] id = {nextId};
        for (int t = 0; t < CHANGES_PER_ROUND / CHANGES_PER_TRANSACTION; t++) {
            database.runInTransaction(em -> {
                for (int i = 0; i < CHANGES_PER_TRANSACTION; i++) {
                    writeChange(em, outbox, random, id);
                }
            });
        }
        return id[0];
    }

    private static void writeChange(EntityManager em, IndexOutbox outbox, Random random, long[] nextId) {
        boolean update = nextId[0] > 1 && random.nextInt(3) == 0;
        long volunteer = update ? 1 + random.nextInt((int) (nextId[0] - 1)) : nextId[0]++;
        String interest = List.of("voetbal", "koken", "schaken", "fietsen", "lezen").get(random.nextInt(5));
        BuddyProfileInput changed = Profiles.buddy(Profiles.buddy().languages(), Set.of(interest));
        BuddyProfile profile = em.find(BuddyProfile.class, volunteer);
        if (profile == null) {
            BuddyProfiles.register(em, volunteer, changed);
        } else {
            profile.describe(changed);
            profile.changeStatus(random.nextBoolean() ? BuddyStatus.AVAILABLE : BuddyStatus.PAUSED);
        }
        outbox.volunteerChanged(em, volunteer);
    }

    private static void awaitNothingPending(BuddyDatabase database) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (pending(database) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first indexer did not apply every change");
            }
            Thread.sleep(20);
        }
    }

    /** A started indexer process, and whether it said it was rebuilding. */
    private record Indexer(Process process, boolean rebuilding) {
    }

    private static Indexer startIndexer(String url, Path indexDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), IndexerProcess.class.getName(), url, indexDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("indexer started")) {
            // skip start-up logging
        }
        if (line == null) {
            throw new AssertionError("the indexer ended before it started");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return new Indexer(process, line.contains("rebuilding=true"));
    }

    private static int pending(BuddyDatabase database) {
        return database.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from buddy_index_outbox").getSingleResult()).intValue());
    }

    private static Map<String, String> databaseContent(BuddyDatabase database) {
        Map<String, String> content = new TreeMap<>();
        new BuddyDocuments(database, new SyntheticPeople()).all()
                .forEach(d -> content.put(d.id(), ProfileIndex.contentHash(d)));
        return content;
    }
}
