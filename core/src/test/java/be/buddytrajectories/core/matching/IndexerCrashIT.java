package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills the indexer's JVM (SIGKILL) while it applies changes, and checks that a restart ends equal to the database. */
class IndexerCrashIT {

    /** Kills per run: {@code -Dcrash.rounds=20} for the long version; CI runs the short one. */
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 2);
    private static final int CHANGES_PER_ROUND = 600;
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
        List<Integer> pendingAtKill = new ArrayList<>();
        long nextId = 1;

        for (int round = 0; round < ROUNDS; round++) {
            nextId = writeChanges(database, outbox, random, nextId);
            Process indexer = startIndexer(url, indexDir);
            Thread.sleep(200 + random.nextInt(1500));
            indexer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            pendingAtKill.add(pending(database));
        }

        MatchingIndex restarted = IndexerProcess.open(database, indexDir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pending(database) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            restarted.index().refresh();
            assertThat(pending(database)).isZero();
            assertThat(pendingAtKill).as("at least one kill hit the indexer mid-way").anyMatch(p -> p > 0);
            assertThat(new TreeMap<>(restarted.index().contentHashes())).isEqualTo(databaseContent(database));
        } finally {
            restarted.close();
            database.close();
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
            em.persist(new BuddyProfile(volunteer, changed));
        } else {
            profile.describe(changed);
            profile.changeStatus(random.nextBoolean() ? BuddyStatus.AVAILABLE : BuddyStatus.PAUSED);
        }
        outbox.volunteerChanged(em, volunteer);
    }

    private static Process startIndexer(String url, Path indexDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexerProcess.class.getName(), url, indexDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("indexer started")) {
            // skip start-up logging
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return process;
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
