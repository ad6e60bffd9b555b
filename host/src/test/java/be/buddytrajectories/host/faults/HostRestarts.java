package be.buddytrajectories.host.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the fault tests share: where a child host keeps its data, its log, and the verifying start that lets the
 * host apply every pending change and compares its index with a rebuild from the database.
 */
final class HostRestarts {

    private static final Duration VERIFY_TIMEOUT = Duration.ofMinutes(5);

    private HostRestarts() {
    }

    static Verified verify(Path dataDir, Database db, Path log) throws Exception {
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

    static void awaitInLog(Path log, String text, Duration timeout) throws Exception {
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

    /** Where the host keeps its data: H2 under the data directory (as by default), or a fresh PostgreSQL database. */
    record Database(String url, String user, String password, TestDatabases.TestDatabase dropped)
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
