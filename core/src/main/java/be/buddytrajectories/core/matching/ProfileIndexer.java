package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.outbox.ChangeType;
import be.buddytrajectories.core.outbox.IndexHostReport;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This host's profile index and its one indexer. The indexer polls the outbox by position, loads each changed
 * volunteer's current state from the database and upserts (or deletes) his document by id, then commits the index
 * with the position it reached and only then records that position in the database: a crash at any point leaves the
 * rows in the outbox, and the next start applies them again (upserts are idempotent). Other hosts on the same
 * database keep indexes of their own and read the same rows; a row goes once every registered host has passed it.
 */
@ApplicationScoped
public class ProfileIndexer {

    /** The plugin's id, naming its data directory. */
    public static final String PLUGIN_ID = "buddy-trajectories";
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration REFRESH = Duration.ofMillis(250);
    /** How often a host reports its index to the others (and learns whether it was unregistered). */
    static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    /** A host not seen for this long is unregistered, and rebuilds when it returns. */
    static final Duration HOST_EXPIRY = Duration.ofMinutes(Long.getLong("buddy.index.host.expiry.minutes", 1440));
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileIndexer.class);

    private final ProfileIndex index;
    private final IndexOutbox outbox;
    private final BuddyDocuments documents;
    private final BuddyDatabase database;
    private final AccessGuard access;
    private final HostIdentity host;
    // One thread does all writes, rebuilds included, so that an upsert never races a rebuild's swap.
    private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong lastApplied = new AtomicLong();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    /** Rebuilds queued or running: a rebuild asked for while another runs must not look finished when that one ends. */
    private final AtomicInteger rebuildsAhead = new AtomicInteger();
    private volatile String problem;
    private long lastReport;

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
            this.host = HostIdentity.of(directory.resolve("host-id"));
            this.index = ProfileIndex.open(directory, REFRESH);
            lastApplied.set(index.lastCommittedPosition().orElse(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the profile index in " + directory, e);
        }
        if (index.needsRebuild() || !outbox.isRegistered(host.id())) {
            // Missing is the first start; a corrupt index was reported as a warning when it was opened; an
            // unregistered host was away so long that rows it needs may be gone.
            LOG.info("building the profile index from the database (host {}: {})", host.name(),
                    index.needsRebuild() ? "no usable index" : "not registered in the outbox");
            rebuildsAhead.incrementAndGet();
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
        rebuildsAhead.incrementAndGet();
        rebuildDone.set(0);
        return indexer.submit(this::rebuildNow);
    }

    public IndexStatus status() {
        access.requireAny("index.status", Permission.ADMIN, Permission.COORDINATOR);
        return new IndexStatus(documentCount(), pending(), lastApplied.get(), isRebuilding(), rebuildDone.get(),
                rebuildTotal.get(), problem);
    }

    private long documentCount() {
        try {
            return index.search(searcher -> (long) searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index status", e);
        }
    }

    /** Every host's index on this database, as each last reported it. */
    public List<HostIndex> hosts() {
        access.requireAny("index.hosts", Permission.ADMIN, Permission.COORDINATOR);
        return outbox.hosts().stream()
                .map(h -> new HostIndex(h.name(), h.hostId().equals(host.id()), h.documents(), h.behind(), h.seenAt(),
                        h.rebuilding(), h.rebuildDone(), h.rebuildTotal(), h.problem() != null))
                .toList();
    }

    /** The id under which this host registers its index. */
    String hostId() {
        return host.id();
    }

    /** The position up to which every change is applied, committed and searchable in this host's index. */
    public long lastApplied() {
        return lastApplied.get();
    }

    /** Committed changes this host's index has still to apply. */
    public long pending() {
        return outbox.pendingAfter(lastApplied.get());
    }

    /** Whether a rebuild is running or about to run: the index may lack profiles until it ends. */
    public boolean isRebuilding() {
        return rebuildsAhead.get() > 0;
    }

    /** Runs on the indexer's thread, after {@link #rebuildsAhead} counted it. */
    private void rebuildNow() {
        try {
            // Registered first: from then on the rows after the position read next are kept for this host. The
            // database is read after that position, so every change up to it is in the profiles read.
            outbox.registerBuilding(host.id(), host.name());
            long upTo = outbox.lastPosition();
            rebuildTotal.set(database.inTransaction(em -> em.createQuery(
                    "select count(p) from BuddyProfile p", Long.class).getSingleResult()));
            rebuildDone.set(0);
            long count;
            try (Stream<BuddyProfileDocument> all = documents.all()) {
                count = index.rebuild(all, upTo, done -> {
                    rebuildDone.set(done);
                    reportNowAndThen();
                });
            }
            index.refresh();
            lastApplied.set(upTo);
            problem = null;
            LOG.info("profile index rebuilt with {} profiles", count);
        } catch (IOException | RuntimeException e) {
            problem = "rebuild failed: " + e.getMessage();
            LOG.error("rebuilding the profile index failed; the old index stays in use", e);
        }
        try {
            // Before this rebuild stops counting: whoever sees it ended finds its report too.
            report(rebuildsAhead.get() > 1);
        } catch (RuntimeException e) {
            LOG.warn("cannot record the rebuilt index's position: {}", e.getMessage());
        } finally {
            rebuildsAhead.decrementAndGet();
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
        List<OutboxEntry> entries = outbox.after(lastApplied.get(), BATCH);
        if (entries.isEmpty()) {
            reportNowAndThen();
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
        long last = entries.get(entries.size() - 1).position();
        index.commit(last);
        index.refresh();
        lastApplied.set(last);
        HaltPoint.BETWEEN_INDEX_COMMIT_AND_POSITION_RECORDED.reached();
        report(isRebuilding());
    }

    /** Reports when the last report is older than {@link #REPORT_EVERY}. */
    private void reportNowAndThen() {
        if (System.nanoTime() - lastReport >= REPORT_EVERY.toNanos()) {
            report(isRebuilding());
        }
    }

    /**
     * Records how far this index is and trims what every host has applied. A host that finds itself unregistered
     * (away longer than the expiry) rebuilds, which registers it again.
     */
    private void report(boolean rebuilding) {
        lastReport = System.nanoTime();
        boolean registered = outbox.report(host.id(), new IndexHostReport(lastApplied.get(), documentCount(),
                rebuilding, rebuildDone.get(), rebuildTotal.get(), problem));
        if (!registered && !isRebuilding()) {
            LOG.warn("this host's index was unregistered (not seen for longer than {}): building the profile index "
                    + "from the database", HOST_EXPIRY);
            rebuildsAhead.incrementAndGet();
            rebuildNow();
            return;
        }
        outbox.trim(HOST_EXPIRY);
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
