package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.data.BenchDatabase;
import be.buddytrajectories.bench.data.ProfileGenerator;
import be.buddytrajectories.bench.data.TableLoader;
import be.buddytrajectories.bench.peer.FullTextTable;
import be.buddytrajectories.bench.peer.SqlPeer;
import be.buddytrajectories.core.matching.IndexStatus;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.hostapi.DatabaseProduct;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.ProfileBrowser;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.matching.Suggestion;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * {@code bin/bench TIER …} (see {@link Options}): loads the tier, then measures the plugin and its peers in one
 * run and writes the Markdown report. Progress goes to standard error; the report's last line to standard output.
 */
public final class Bench {

    private static final Locale COORDINATOR_LANGUAGE = Locale.forLanguageTag("nl");
    private static final int HEAP_QUERIES = 200;
    private static final int CONCURRENT_SEARCHERS = 8;
    private static final int NEARBY_QUERIES = 300;
    private static final int LONG_LIVED_SEARCHES = 300;
    private static final long FRESH_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        // Liquibase, Hibernate and Weld log through java.util.logging: only their warnings belong in a run's output.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Options options;
        try {
            options = Options.parse(args, Path.of(System.getProperty("bench.root", ".")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Results results = run(options);
        System.out.println("report: " + options.reportFile());
        System.out.println(results.finalLine());
        // Weld, Hikari and Lucene leave no user threads, but a driver might: the run is over.
        System.exit(0);
    }

    static Results run(Options options) throws Exception {
        long start = System.nanoTime();
        double cpuAtStart = Machine.processCpuSeconds();
        Results results = new Results();
        results.options = options;
        results.machine = Machine.current();
        results.loadBefore = Machine.loadAverage();
        ProfileGenerator generator = new ProfileGenerator(options.seed());
        try (BenchDatabase postgres = BenchDatabase.create(BenchDatabase.Kind.POSTGRESQL, options.postgres());
             BenchDatabase h2 = options.db() == BenchDatabase.Kind.H2
                     ? BenchDatabase.create(BenchDatabase.Kind.H2, options.postgres()) : null) {
            BenchDatabase plugin = h2 == null ? postgres : h2;
            results.pluginDatabase = plugin.version();
            results.postgresVersion = postgres.version();
            results.profiles = options.tier();
            results.loadSeconds = seconds(() -> load(plugin, generator, options.tier()));
            if (h2 != null) {
                results.postgresLoadSeconds = seconds(() -> load(postgres, generator, options.tier()));
            }
            try (Connection pg = postgres.connect()) {
                results.fullTextTableSeconds = seconds(() -> {
                    FullTextTable.create(pg);
                    FullTextTable.fillFromPluginTables(pg);
                });
                measurePlugin(options, plugin, generator, results);
                results.meanFullTextSuggestions = measurePeer(new SqlPeer(pg, SqlPeer.Style.FULL_TEXT), options,
                        generator, results.fullTextSuggest, results.fullTextSearch);
                results.meanStructuredSuggestions = measurePeer(new SqlPeer(pg, SqlPeer.Style.STRUCTURED), options,
                        generator, results.structuredSuggest, null);
                measurePeer(new SqlPeer(pg, SqlPeer.Style.ILIKE), options, generator, results.ilikeSuggest,
                        results.ilikeSearch);
                for (JudgedFile set : judgedSets(options)) {
                    progress("quality on " + set.path().getFileName());
                    results.quality.add(Quality.of(set.path(), set.name(), set.role(), pg));
                }
            }
        }
        results.loadAfter = Machine.loadAverage();
        results.totalSeconds = (System.nanoTime() - start) / 1e9;
        results.cpuSeconds = Machine.processCpuSeconds() - cpuAtStart;
        Files.createDirectories(options.reportFile().getParent());
        Files.writeString(options.reportFile(), Report.markdown(results));
        return results;
    }

    private static void load(BenchDatabase database, ProfileGenerator generator, long tier) throws Exception {
        progress("loading " + tier + " profiles into " + database.kind());
        TableLoader.load(database.dataSource(), generator, tier, done -> {
            if (done % 100_000 == 0) {
                progress("  " + done + " loaded");
            }
        });
    }

    /** The same documents read set-wise and indexed into a scratch directory, in seconds. */
    private static double setBasedRebuild(BenchDatabase plugin) throws Exception {
        Path scratch = Files.createTempDirectory("buddy-bench-setwise");
        try {
            return seconds(() -> SetBasedRebuild.rebuild(plugin.dataSource(), scratch));
        } finally {
            deleteTree(scratch);
        }
    }

    private static void measurePlugin(Options options, BenchDatabase plugin, ProfileGenerator generator,
                                      Results results) throws Exception {
        Path dataDirectory = Files.createTempDirectory("buddy-bench-data");
        StatementCounter statements = new StatementCounter();
        DatabaseProduct product = plugin.kind() == BenchDatabase.Kind.H2 ? DatabaseProduct.H2
                : DatabaseProduct.POSTGRESQL;
        Path indexDirectory;
        try (PluginBeans beans = new PluginBeans(statements.wrap(plugin.dataSource()), product, dataDirectory,
                Clock.systemUTC())) {
            ProfileIndexer profileIndexer = beans.bean(ProfileIndexer.class);
            indexDirectory = beans.indexDirectory();
            // The first database use boots Hibernate (and checks the changelog): not part of a rebuild.
            profileIndexer.status();
            // Each rebuild runs twice, alternating, and the second of each is the headline: the first in a fresh JVM
            // also pays for compiling the analysers' and Hibernate's code, which whichever path ran first would pay
            // alone. The first through core is reported too: a rebuild right after a host's start is that one.
            progress("rebuilding set-wise, then through ProfileIndexer, each twice (the first of each warms the JVM)");
            results.setBasedColdRebuildSeconds = setBasedRebuild(plugin);
            results.coldRebuildSeconds = seconds(() -> profileIndexer.rebuild().get());
            results.setBasedRebuildSeconds = setBasedRebuild(plugin);
            statements.reset();
            results.rebuildSeconds = seconds(() -> profileIndexer.rebuild().get());
            results.rebuildStatements = statements.count();
            results.rebuildStatementShapes = statements.byShape();
            IndexStatus status = profileIndexer.status();
            if (status.problem() != null) {
                throw new IllegalStateException("the rebuild failed: " + status.problem());
            }
            results.rebuiltDocuments = status.documents();

            ProfileIndex index = profileIndexer.index();
            progress("suggestions");
            List<NewcomerProfile> warmUp = Workload.newcomers(generator, options.queries() + 1, options.warmUp());
            List<NewcomerProfile> newcomers = Workload.newcomers(generator, 1, options.queries());
            for (NewcomerProfile newcomer : warmUp) {
                suggest(index, newcomer, Workload.RULES);
            }
            long suggestions = 0;
            long allocated = 0;
            for (NewcomerProfile newcomer : newcomers) {
                long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                int shown = suggest(index, newcomer, Workload.RULES);
                results.suggest.add(System.nanoTime() - t0);
                allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes0;
                suggestions += shown;
            }
            results.meanSuggestions = (double) suggestions / newcomers.size();
            results.allocatedKilobytesPerSuggestion = allocated / 1024.0 / newcomers.size();
            // Cost grows with the buddies that pass the hard filters: the same newcomers within 10 km show how much.
            for (NewcomerProfile newcomer : newcomers.subList(0, Math.min(NEARBY_QUERIES, newcomers.size()))) {
                long t0 = System.nanoTime();
                suggest(index, newcomer, Workload.NEARBY_RULES);
                results.suggestNearby.add(System.nanoTime() - t0);
            }
            progress("coordinator search");
            List<BrowseQuery> searches = Workload.searches(options.seed(), options.queries() + options.warmUp());
            for (BrowseQuery query : searches.subList(options.queries(), searches.size())) {
                new ProfileBrowser(index).search(query);
            }
            allocated = 0;
            for (BrowseQuery query : searches.subList(0, options.queries())) {
                long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                // As core's SuggestionService.searchVolunteers does it: a new browser per search.
                new ProfileBrowser(index).search(query);
                results.search.add(System.nanoTime() - t0);
                allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes0;
            }
            results.allocatedKilobytesPerSearch = allocated / 1024.0 / options.queries();
            // The facet state a browser caches until the next refresh, kept across searches for contrast.
            ProfileBrowser longLived = new ProfileBrowser(index);
            for (BrowseQuery query : searches.subList(0, Math.min(LONG_LIVED_SEARCHES, options.queries()))) {
                long t0 = System.nanoTime();
                longLived.search(query);
                results.searchLongLivedBrowser.add(System.nanoTime() - t0);
            }
            progress("where the time goes: the measured suggestions and searches again, under JFR");
            results.suggestProfile = TimeProfile.of(() -> {
                for (NewcomerProfile newcomer : newcomers) {
                    suggest(index, newcomer, Workload.RULES);
                }
            });
            results.searchProfile = TimeProfile.of(() -> {
                for (BrowseQuery query : searches.subList(0, options.queries())) {
                    new ProfileBrowser(index).search(query);
                }
            });
            progress("change to searchable, while coordinators search");
            try (CoordinatorLoad load = CoordinatorLoad.start(index, generator, options)) {
                measureFreshness(beans.bean(BuddyProfileService.class), index, generator, options, results);
                results.searchesDuringFreshness = load.queries();
            }
        }
        results.indexMegabytesOnDisk = sizeOf(indexDirectory) / 1048576.0;
        progress("heap used by search");
        measureHeap(indexDirectory, generator, options, results);
        deleteTree(dataDirectory);
    }

    /** One suggestion request as SuggestionService serves it: matcher, reasons and each buddy's stored name. */
    private static int suggest(ProfileIndex index, NewcomerProfile newcomer, ProgrammeRules rules) throws IOException {
        return new Matcher(index).suggest(newcomer, rules, MatchWeights.defaults(), Workload.SUGGESTIONS,
                COORDINATOR_LANGUAGE).size();
    }

    /**
     * Pauses available buddies one at a time through BuddyProfileService (JPA transaction + outbox row) and times
     * from the commit until a search sees the new status. Random gaps keep the changes out of step with the
     * indexer's polling.
     */
    private static void measureFreshness(BuddyProfileService profiles, ProfileIndex index, ProfileGenerator generator,
                                         Options options, Results results) throws IOException {
        SplittableRandom random = new SplittableRandom(options.seed());
        Set<Long> ids = new LinkedHashSet<>();
        int wanted = (int) Math.min(options.changes(), options.tier() / 2);
        while (ids.size() < wanted) {
            long id = 1 + random.nextLong(options.tier());
            if (generator.volunteer(id).status() == BuddyStatus.AVAILABLE) {
                ids.add(id);
            }
        }
        for (long id : ids) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(150)));
            profiles.changeStatus(id, 0, BuddyStatus.PAUSED);
            long committed = System.nanoTime();
            Query paused = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ProfileFields.ID, Long.toString(id))), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ProfileFields.STATUS, BuddyStatus.PAUSED.name())),
                            BooleanClause.Occur.FILTER)
                    .build();
            while (index.search(searcher -> searcher.count(paused)) == 0) {
                if (System.nanoTime() - committed > FRESH_TIMEOUT_NANOS) {
                    results.freshTimeouts++;
                    break;
                }
                LockSupport.parkNanos(200_000);
            }
            results.fresh.add(System.nanoTime() - committed);
        }
    }

    /**
     * Heap held by search: used heap after full GCs with the index open and queries run, minus the same before it
     * was opened. Measured after the plugin's beans are closed, on the index they built, so that Hibernate and
     * Weld are in neither figure.
     */
    private static void measureHeap(Path indexDirectory, ProfileGenerator generator, Options options,
                                    Results results) throws IOException {
        long baseline = usedHeapAfterGc();
        try (ProfileIndex index = ProfileIndex.open(indexDirectory)) {
            ProfileBrowser browser = new ProfileBrowser(index);
            for (NewcomerProfile newcomer : Workload.newcomers(generator, 1, HEAP_QUERIES)) {
                suggest(index, newcomer, Workload.RULES);
            }
            for (BrowseQuery query : Workload.searches(options.seed(), HEAP_QUERIES)) {
                browser.search(query);
            }
            long used = usedHeapAfterGc();
            results.heapMegabytes = (used - baseline) / 1048576.0;
            results.heapBaselineMegabytes = baseline / 1048576.0;
            results.concurrentHeapMegabytes = (heldByConcurrentSearchers(index, generator, options) - used) / 1048576.0;
            java.lang.ref.Reference.reachabilityFence(browser);
        }
    }

    /**
     * Used heap after GC while {@value #CONCURRENT_SEARCHERS} searchers are each in the middle of a coordinator's
     * work: each has run a suggestion and a search with its own browser and holds their results, as a request
     * thread does until the screen is rendered.
     */
    private static long heldByConcurrentSearchers(ProfileIndex index, ProfileGenerator generator, Options options) {
        CountDownLatch holding = new CountDownLatch(CONCURRENT_SEARCHERS);
        CountDownLatch release = new CountDownLatch(1);
        List<NewcomerProfile> newcomers = Workload.newcomers(generator, 1, CONCURRENT_SEARCHERS);
        List<BrowseQuery> searches = Workload.searches(options.seed(), CONCURRENT_SEARCHERS);
        List<Thread> searchers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_SEARCHERS; i++) {
            NewcomerProfile newcomer = newcomers.get(i);
            BrowseQuery query = searches.get(i);
            Thread searcher = new Thread(() -> {
                try {
                    List<Suggestion> suggestions = new Matcher(index).suggest(newcomer, Workload.RULES,
                            MatchWeights.defaults(), Workload.SUGGESTIONS, COORDINATOR_LANGUAGE);
                    var page = new ProfileBrowser(index).search(query);
                    holding.countDown();
                    release.await();
                    java.lang.ref.Reference.reachabilityFence(suggestions);
                    java.lang.ref.Reference.reachabilityFence(page);
                } catch (IOException e) {
                    holding.countDown();
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            searcher.start();
            searchers.add(searcher);
        }
        try {
            holding.await();
            return usedHeapAfterGc();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            release.countDown();
            for (Thread searcher : searchers) {
                try {
                    searcher.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The peer's suggestions and searches on the plugin's workload, with the plugin's warm-up and number of
     * measured queries; no search when {@code search} is null (the structured peer searches text as FTS does).
     *
     * @return the mean number of buddies suggested per newcomer
     */
    private static double measurePeer(SqlPeer peer, Options options, ProfileGenerator generator, Latencies suggest,
                                      Latencies search) throws Exception {
        progress(peer.style().label() + ": suggestions" + (search == null ? "" : " and search"));
        for (NewcomerProfile newcomer : Workload.newcomers(generator, options.queries() + 1, options.warmUp())) {
            peer.suggest(newcomer, Workload.RULES, Workload.SUGGESTIONS);
        }
        long suggestions = 0;
        for (NewcomerProfile newcomer : Workload.newcomers(generator, 1, options.queries())) {
            long t0 = System.nanoTime();
            suggestions += peer.suggest(newcomer, Workload.RULES, Workload.SUGGESTIONS).size();
            suggest.add(System.nanoTime() - t0);
        }
        if (search != null) {
            List<BrowseQuery> searches = Workload.searches(options.seed(), options.queries() + options.warmUp());
            for (BrowseQuery query : searches.subList(options.queries(), searches.size())) {
                peer.search(query);
            }
            for (BrowseQuery query : searches.subList(0, options.queries())) {
                long t0 = System.nanoTime();
                peer.search(query);
                search.add(System.nanoTime() - t0);
            }
        }
        return (double) suggestions / suggest.count();
    }

    /** A judged set to score, its name in the report and what it is to the matcher. */
    private record JudgedFile(Path path, String name, String role) {
    }

    /**
     * The judged sets named by the options (by default the shared sample, which the weights were tuned on), then
     * bench's own self-graded set and the held-out wording set.
     */
    private static List<JudgedFile> judgedSets(Options options) throws IOException {
        List<JudgedFile> sets = new ArrayList<>();
        for (Path set : options.judged()) {
            boolean sample = set.toString().contains("/shared/match-eval/sample.json");
            sets.add(new JudgedFile(set, sample ? "`../shared/match-eval/sample.json`" : "`" + set + "`",
                    sample ? Quality.TUNED_ON : Quality.JUDGED));
        }
        sets.add(new JudgedFile(resource("own-set.json"), "bench's own set (`match-eval/own-set.json`)",
                Quality.SELF_GRADED));
        sets.add(new JudgedFile(resource("heldout-wording.json"),
                "held-out wording set (`match-eval/heldout-wording.json`)", Quality.HELD_OUT));
        return sets;
    }

    private static Path resource(String name) throws IOException {
        Path copy = Files.createTempFile(name.replace(".json", ""), ".json");
        try (InputStream in = Bench.class.getResourceAsStream("/match-eval/" + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static double seconds(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void progress(String message) {
        System.err.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
