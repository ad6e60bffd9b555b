package be.buddytrajectories.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileIndexCrashTest {

    private static final int KILL_AFTER_COMMITTED_ROW = 500;
    private static final int DATABASE_ROWS = 800;

    @TempDir
    Path directory;

    @Test
    void killingTheJvmWhileIndexingThenReplayingFromTheLastCommitGivesAnIndexEqualToTheDatabase() throws Exception {
        Process indexer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IndexingUntilKilled.class.getName(), directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(indexer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed " + KILL_AFTER_COMMITTED_ROW)) {
                // wait for enough commits while the indexer keeps writing uncommitted rows
            }
            assertThat(line).as("indexer output").isNotNull();
        } finally {
            indexer.destroyForcibly();
            assertThat(indexer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.needsRebuild()).isFalse();
            long lastApplied = index.lastCommittedPosition().orElseThrow();
            assertThat(lastApplied).isGreaterThanOrEqualTo(KILL_AFTER_COMMITTED_ROW);
            for (int row = (int) lastApplied + 1; row <= DATABASE_ROWS; row++) {
                index.upsert(IndexingUntilKilled.profile(row));
            }
            index.commit(DATABASE_ROWS);
            index.refresh();

            assertThat(index.contentHashes()).isEqualTo(databaseHashes());
        }
    }

    @Test
    void aChangeIsSearchableWithinOneSecondWithTheBackgroundRefresher() throws Exception {
        try (ProfileIndex index = ProfileIndex.open(directory, Duration.ofMillis(200))) {
            long start = System.nanoTime();
            index.upsert(IndexingUntilKilled.profile(1));

            while (index.allIds().isEmpty() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
                Thread.sleep(20);
            }

            assertThat(index.allIds()).containsExactly("b1");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
    }

    /** The database after all rows: the last version of every profile. */
    private static Map<String, String> databaseHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int row = 1; row <= DATABASE_ROWS; row++) {
            BuddyProfileDocument profile = IndexingUntilKilled.profile(row);
            hashes.put(profile.id(), ProfileIndex.contentHash(profile));
        }
        return hashes;
    }
}
