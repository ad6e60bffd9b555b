package be.buddytrajectories.search.index;

import be.buddytrajectories.search.halt.HaltPoint;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile index on disk, under a base directory the caller owns (the plugin's data directory).
 *
 * <p>Layout: the base directory holds generation directories ({@code index-1}, {@code index-2}, …) and a
 * {@code CURRENT} file naming the live one. A rebuild writes a fresh generation and swaps {@code CURRENT}
 * with an atomic rename, so a crash mid-rebuild leaves the old index in place.
 *
 * <p>Thread-safe: one {@link IndexWriter} serves all upserts; searches go through a {@link SearcherManager}
 * and see changes after {@link #refresh()} (the indexer calls it at least once a second). Commits record the
 * last applied outbox id so the indexer can replay from there after a restart.
 */
public final class ProfileIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileIndex.class);
    private static final String CURRENT = "CURRENT";
    private static final String GENERATION_PREFIX = "index-";
    private static final int PROGRESS_EVERY = 1_000;
    /**
     * A rebuild holds 100,000 profiles in memory before it writes them: one segment, which answers suggestions
     * and searches about 10 % faster than the three a 16 MB buffer leaves, and no merging while it indexes.
     * Larger programmes flush at this size.
     */
    private static final double REBUILD_RAM_BUFFER_MB = 128;

    private final Path base;
    private final ProfileDocuments documents;
    /** Read-locked by every operation, write-locked only while a rebuild swaps the live generation. */
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private Live live;
    private volatile boolean needsRebuild;
    /** Refreshes searchers periodically when opened with a refresh interval; null otherwise. */
    private volatile ScheduledExecutorService refresher;

    /** The open generation: its directory, its writer and its searchers. */
    private record Live(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            try (directory; writer; searchers) {
                // try-with-resources closes all three, searchers first
            }
        }
    }

    /** Searching code receives a searcher that stays valid for the duration of the call. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private ProfileIndex(Path base, ProfileDocuments documents) throws IOException {
        this.base = base;
        this.documents = documents;
        Files.createDirectories(base);
        IndexHealth health = check(base);
        Path current = currentGeneration(base).orElse(null);
        if (!health.healthy()) {
            // Never stop the host for a broken index: start empty beside it and let the caller rebuild.
            if (health.state() == IndexHealth.State.CORRUPT) {
                LOG.warn("Profile index under {} is corrupt ({}); starting an empty generation to rebuild into",
                        base, health.problem());
            } else if (health.state() == IndexHealth.State.OUTDATED) {
                LOG.info("Profile index under {} has an older layout ({}); starting an empty generation to rebuild into",
                        base, health.problem());
            } else {
                LOG.info("No profile index under {} yet; starting an empty one", base);
            }
            Path fresh = base.resolve(GENERATION_PREFIX + (current == null ? 1 : generationNumber(current) + 1));
            deleteRecursively(fresh);
            Files.createDirectories(fresh);
            pointTo(fresh);
            if (current != null) {
                deleteRecursively(current);
            }
            current = fresh;
        }
        this.needsRebuild = !health.healthy();
        this.live = openGeneration(current);
    }

    /**
     * Opens the index under {@code base}, creating it when missing. A missing or corrupt index never makes this
     * fail: it opens empty and {@link #needsRebuild()} tells the caller to {@link #rebuild} from the database.
     */
    public static ProfileIndex open(Path base) throws IOException {
        return new ProfileIndex(base, new ProfileDocuments(InterestVocabulary.standard(), SectorVocabulary.standard()));
    }

    /**
     * Like {@link #open(Path)}, and refreshes searchers in the background every {@code refreshInterval}, so a
     * change is searchable within that interval without calling {@link #refresh()}.
     */
    public static ProfileIndex open(Path base, Duration refreshInterval) throws IOException {
        ProfileIndex index = open(base);
        index.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "profile-index-refresher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = refreshInterval.toMillis();
        index.refresher.scheduleWithFixedDelay(index::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return index;
    }

    private void refreshQuietly() {
        try {
            withLive(l -> l.searchers().maybeRefresh());
        } catch (IOException | RuntimeException e) {
            // The next round retries; a broken index is reported by checkIntegrity, not by the refresher.
            LOG.warn("Refreshing the profile index failed", e);
        }
    }

    /** True when the index was missing or corrupt at open and has not been rebuilt since. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Adds the profile or replaces the document with the same id. Visible to searches after {@link #refresh()}. */
    public void upsert(BuddyProfileDocument profile) throws IOException {
        Document doc = documents.toDocument(profile);
        withLive(l -> l.writer().updateDocument(new Term(ProfileFields.ID, profile.id()), doc));
    }

    public void delete(String buddyId) throws IOException {
        withLive(l -> l.writer().deleteDocuments(new Term(ProfileFields.ID, buddyId)));
    }

    /** Makes all changes durable, recording the outbox position up to which they include every change. */
    public void commit(long outboxPosition) throws IOException {
        withLive(l -> {
            l.writer().setLiveCommitData(commitData(outboxPosition));
            l.writer().commit();
            return null;
        });
    }

    /** The outbox position recorded by the last commit, empty for an index never committed with one. */
    public OptionalLong lastCommittedPosition() throws IOException {
        return withLive(l -> {
            try (DirectoryReader reader = DirectoryReader.open(l.directory())) {
                String value = reader.getIndexCommit().getUserData().get(ProfileFields.OUTBOX_POSITION);
                return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
            } catch (org.apache.lucene.index.IndexNotFoundException e) {
                return OptionalLong.empty();
            }
        });
    }

    /** Makes changes since the last refresh visible to searches; blocks until done. */
    public void refresh() throws IOException {
        withLive(l -> {
            l.searchers().maybeRefreshBlocking();
            return null;
        });
    }

    /** Runs a search on the current searcher and releases it afterwards. */
    public <T> T search(SearcherFunction<T> function) throws IOException {
        return withLive(l -> {
            IndexSearcher searcher = l.searchers().acquire();
            try {
                return function.apply(searcher);
            } finally {
                l.searchers().release(searcher);
            }
        });
    }

    /**
     * Indexes all profiles into a fresh generation, commits it with {@code outboxPosition}, then swaps it in
     * atomically and deletes the old one. Searches keep working on the old generation until the swap. Upserts
     * made meanwhile go to the old generation and are dropped with it: the indexer replays the outbox from
     * {@code outboxPosition} (the last change the profile stream reflects) after the rebuild.
     *
     * @param profiles every profile once
     * @param progress receives the number of profiles indexed so far, every thousand and at the end
     * @return the number of profiles indexed
     */
    public long rebuild(Stream<BuddyProfileDocument> profiles, long outboxPosition, LongConsumer progress)
            throws IOException {
        Path fresh = base.resolve(GENERATION_PREFIX + (generationNumber(live.path()) + 1));
        deleteRecursively(fresh);
        long count = 0;
        try (Directory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE)
                        .setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB))) {
            for (BuddyProfileDocument profile : (Iterable<BuddyProfileDocument>) profiles::iterator) {
                // A fresh generation: adding spares the lookup of an older document with the same id.
                writer.addDocument(documents.toDocument(profile));
                if (++count % PROGRESS_EVERY == 0) {
                    progress.accept(count);
                }
            }
            writer.setLiveCommitData(commitData(outboxPosition));
            writer.commit();
        }
        swapTo(fresh);
        progress.accept(count);
        return count;
    }

    private void swapTo(Path fresh) throws IOException {
        swapLock.writeLock().lock();
        try {
            Live old = live;
            old.close();
            pointTo(fresh);
            HaltPoint.DURING_GENERATION_SWAP.reached();
            live = openGeneration(fresh);
            needsRebuild = false;
            deleteRecursively(old.path());
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** Ids of all profiles in the index as last refreshed. */
    public List<String> allIds() throws IOException {
        return search(searcher -> {
            List<String> ids = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc, java.util.Set.of(ProfileFields.ID)).get(ProfileFields.ID));
                    }
                }
            }
            return ids;
        });
    }

    /** Content hash by id of every profile, to compare the index with the database in one pass. */
    public Map<String, String> contentHashes() throws IOException {
        return search(searcher -> {
            Map<String, String> hashes = new HashMap<>();
            java.util.Set<String> fields = java.util.Set.of(ProfileFields.ID, ProfileFields.CONTENT_HASH);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = stored.document(doc, fields);
                        hashes.put(d.get(ProfileFields.ID), d.get(ProfileFields.CONTENT_HASH));
                    }
                }
            }
            return hashes;
        });
    }

    /** The hash {@link #contentHashes()} reports for this profile once it is indexed. */
    public static String contentHash(BuddyProfileDocument profile) {
        return ProfileDocuments.contentHash(profile);
    }

    /** The profile a stored document of this index holds (for searchers obtained through {@link #search}). */
    public static BuddyProfileDocument profileOf(Document stored) {
        return ProfileDocuments.fromStored(stored);
    }

    /** The profile as stored in the index, equal to the one upserted. */
    public Optional<BuddyProfileDocument> storedProfile(String buddyId) throws IOException {
        return search(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ProfileFields.ID, buddyId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ProfileDocuments.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Checks the live generation's last commit; see {@link #check(Path)}. */
    public IndexHealth checkIntegrity() throws IOException {
        return withLive(l -> verify(l.directory()));
    }

    /**
     * Checks the index under {@code base} without opening a writer: present, readable, and every segment file
     * matching its checksum. Never throws on a damaged index; reports it.
     */
    public static IndexHealth check(Path base) {
        Optional<Path> current;
        try {
            current = currentGeneration(base);
        } catch (IOException e) {
            return new IndexHealth(IndexHealth.State.CORRUPT, "unreadable " + CURRENT + ": " + e.getMessage());
        }
        if (current.isEmpty()) {
            return new IndexHealth(IndexHealth.State.MISSING, "no index under " + base);
        }
        try (Directory directory = FSDirectory.open(current.get())) {
            return verify(directory);
        } catch (IOException e) {
            return new IndexHealth(IndexHealth.State.CORRUPT, e.toString());
        }
    }

    private static IndexHealth verify(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return new IndexHealth(IndexHealth.State.MISSING, "no commit in " + directory);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                String layout = reader.getIndexCommit().getUserData().get(ProfileFields.LAYOUT);
                if (!ProfileFields.LAYOUT_VERSION.equals(layout)) {
                    return new IndexHealth(IndexHealth.State.OUTDATED, "layout " + layout + ", expected "
                            + ProfileFields.LAYOUT_VERSION);
                }
            }
            return IndexHealth.ok();
        } catch (IOException | RuntimeException e) {
            // Lucene reports damage as CorruptIndexException, EOFException or, for mangled headers, runtime errors.
            return new IndexHealth(IndexHealth.State.CORRUPT, e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        swapLock.writeLock().lock();
        try {
            live.close();
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    @FunctionalInterface
    private interface LiveOperation<T> {
        T apply(Live live) throws IOException;
    }

    private <T> T withLive(LiveOperation<T> operation) throws IOException {
        swapLock.readLock().lock();
        try {
            return operation.apply(live);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private Live openGeneration(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            return new Live(path, directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            try (directory; IndexWriter w = writer) {
                throw e;
            }
        }
    }

    private static Iterable<Map.Entry<String, String>> commitData(long outboxPosition) {
        return Map.of(ProfileFields.OUTBOX_POSITION, Long.toString(outboxPosition),
                ProfileFields.LAYOUT, ProfileFields.LAYOUT_VERSION).entrySet();
    }

    private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        // Sorted by place: the documents of a newcomer's surroundings are then a few runs, which his distance filter
        // marks and his other rules and clauses walk far faster than documents spread over the whole index.
        return new IndexWriterConfig(ProfileAnalyzers.perField()).setOpenMode(mode)
                .setIndexSort(new Sort(new SortField(ProfileFields.SPATIAL_ORDER, SortField.Type.LONG)));
    }

    private static Optional<Path> currentGeneration(Path base) throws IOException {
        Path pointer = base.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        Path generation = base.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
        return Files.isDirectory(generation) ? Optional.of(generation) : Optional.empty();
    }

    /** Writes CURRENT through a temporary file and an atomic rename: readers see the old or the new name. */
    private void pointTo(Path generation) throws IOException {
        Path temporary = base.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temporary, base.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static int generationNumber(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring(GENERATION_PREFIX.length()));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
