package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;

/** The plugin's indexer alone in a JVM of its own, for {@link IndexerCrashIT} to kill. */
final class IndexerProcess {

    private IndexerProcess() {
    }

    static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    static ProfileIndexer open(BuddyDatabase database, Path indexDir) {
        return new ProfileIndexer(indexDir, new IndexOutbox(database, Clock.systemUTC()),
                new BuddyDocuments(database, new SyntheticPeople()), database, new AccessGuard(new FakeCurrentUser()));
    }

    public static void main(String[] args) throws InterruptedException {
        BuddyDatabase database = new BuddyDatabase(dataSource(args[0]), () -> Locale.ENGLISH);
        ProfileIndexer index = open(database, Path.of(args[1]));
        // Whether this start found no usable index and rebuilds, rather than replaying the outbox.
        System.out.println("indexer started, rebuilding=" + index.index().needsRebuild());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
