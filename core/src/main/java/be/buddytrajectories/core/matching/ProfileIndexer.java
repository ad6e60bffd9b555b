package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.outbox.ChangeType;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.DataDirectory;
import be.buddytrajectories.search.halt.HaltPoint;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's profile index and its one indexer. The indexer polls the outbox, loads each changed volunteer's
 * current state from the database and upserts (or deletes) his document by id, then commits the index with the
 * last applied outbox id and only then discards those outbox rows: a crash at any point leaves the rows in the
 * outbox, and the next start applies them again (upserts are idempotent). Rows are read whatever their id, so
 * a transaction that commits after a later one is never skipped.
 */
@ApplicationScoped
public class ProfileIndexer {

    /** The plugin's id, naming its data directory. */
    public static final String PLUGIN_ID = "buddy-trajectories";
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration REFRESH = Duration.ofMillis(250);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileIndexer.class);

    private final ProfileIndex index;
    private final IndexOutbox outbox;
    private final BuddyDocuments documents;
    private final BuddyDatabase database;
    private final AccessGuard access;
    // One thread does all writes, rebuilds included, so that an upsert never races a rebuild's swap.
    private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong lastApplied = new AtomicLong();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile boolean rebuilding;
    private volatile String problem;

    @Inject
    public ProfileIndexer(DataDirectory dataDirectory, IndexOutbox outbox, BuddyDocuments documents,
                         BuddyDatabase database, AccessGuard access) {
        this(dataDirectory.forPlugin(PLUGIN_ID).resolve("index"), outbox, documents, database, access);
    }

    ProfileIndexer(Path directory, IndexOutbox outbox, BuddyDocuments documents, BuddyDatabase database,
                  AccessGuard access) {
        this.outbox = outbox;
        this.documents = documents;
        this.database = database;
        this.access = access;
        try {
            this.index = ProfileIndex.open(directory, REFRESH);
            lastApplied.set(index.lastCommittedOutboxId().orElse(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the profile index in " + directory, e);
        }
        if (index.needsRebuild()) {
            // Missing is the first start; a corrupt index was reported as a warning when it was opened.
            LOG.info("building the profile index from the database");
            indexer.execute(this::rebuildNow);
        }
        indexer.scheduleWithFixedDelay(this::applyPendingQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens the index when the host starts, so that sync and any needed rebuild begin before the first user. */
    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info("profile index open, last applied change {}; replaying the outbox from there",
                lastApplied.get());
    }

    /** The index, for matching and search; searches see committed changes within about a second. */
    public ProfileIndex index() {
        return index;
    }

    /** Starts a full rebuild from the database (admins only); progress shows in {@link #status()}. */
    public Future<?> rebuild() {
        access.requireAny("index.rebuild", Permission.ADMIN);
        rebuilding = true;
        rebuildDone.set(0);
        return indexer.submit(this::rebuildNow);
    }

    public IndexStatus status() {
        access.requireAny("index.status", Permission.ADMIN, Permission.COORDINATOR);
        try {
            long count = index.search(searcher -> (long) searcher.getIndexReader().numDocs());
            long pending = outbox.pending();
            return new IndexStatus(count, pending, lastApplied.get(), rebuilding, rebuildDone.get(),
                    rebuildTotal.get(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index status", e);
        }
    }

    /** The id of the last outbox entry that is applied, committed and searchable. */
    public long lastApplied() {
        return lastApplied.get();
    }

    private void rebuildNow() {
        rebuilding = true;
        try {
            // The rows committed now are in the profiles read below and are discarded after the swap. A row that
            // commits later stays and is applied then, even with a lower id: ids are taken at insert.
            List<Long> included = outbox.committedIds();
            long upTo = Math.max(included.isEmpty() ? 0 : included.get(included.size() - 1), lastApplied.get());
            rebuildTotal.set(database.inTransaction(em -> em.createQuery(
                    "select count(p) from BuddyProfile p", Long.class).getSingleResult()));
            rebuildDone.set(0);
            long count;
            try (Stream<BuddyProfileDocument> all = documents.all()) {
                count = index.rebuild(all, upTo, rebuildDone::set);
            }
            index.refresh();
            lastApplied.set(upTo);
            outbox.discardIds(included);
            problem = null;
            LOG.info("profile index rebuilt with {} profiles", count);
        } catch (IOException | RuntimeException e) {
            problem = "rebuild failed: " + e.getMessage();
            LOG.error("rebuilding the profile index failed; the old index stays in use", e);
        } finally {
            rebuilding = false;
        }
    }

    private void applyPendingQuietly() {
        try {
            applyPending();
            problem = null;
        } catch (IOException | RuntimeException e) {
            // The rows stay in the outbox: the next round tries again.
            problem = "indexing failed: " + e.getMessage();
            LOG.warn("applying index changes failed; retrying", e);
        }
    }

    void applyPending() throws IOException {
        List<OutboxEntry> entries = outbox.after(0, BATCH);
        if (entries.isEmpty()) {
            return;
        }
        // The document is rebuilt from the current state, so several entries for one volunteer need one write.
        Map<Long, ChangeType> latest = new LinkedHashMap<>();
        entries.forEach(e -> latest.put(e.volunteerId(), e.type()));
        for (Map.Entry<Long, ChangeType> change : latest.entrySet()) {
            String id = Long.toString(change.getKey());
            if (change.getValue() == ChangeType.DELETE) {
                index.delete(id);
            } else {
                var document = documents.load(change.getKey());
                if (document.isPresent()) {
                    index.upsert(document.get());
                } else {
                    index.delete(id);
                }
            }
        }
        long last = entries.stream().mapToLong(OutboxEntry::id).max().orElseThrow();
        index.commit(Math.max(last, lastApplied.get()));
        index.refresh();
        lastApplied.accumulateAndGet(last, Math::max);
        HaltPoint.BETWEEN_INDEX_COMMIT_AND_OUTBOX_DISCARD.reached();
        outbox.discard(entries);
    }

    @PreDestroy
    public void close() {
        indexer.shutdown();
        try {
            if (!indexer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the indexer did not stop within 30 s");
            }
            index.close();
        } catch (IOException e) {
            LOG.warn("closing the profile index failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
