package be.buddytrajectories.bench.jmh;

import be.buddytrajectories.bench.data.GeneratedVolunteer;
import be.buddytrajectories.bench.data.ProfileGenerator;
import be.buddytrajectories.bench.run.Workload;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.BrowseResult;
import be.buddytrajectories.search.browse.ProfileBrowser;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.matching.Suggestion;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suggestions and coordinator search on an index of {@code tier} generated buddies (default 10,000; e.g.
 * {@code bin/bench jmh -p tier=100000}). Sample time gives percentiles, not just a mean. Each invocation takes the
 * next newcomer or search of a fixed workload, so caches see the variety a coordinator's day brings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class HotPathBenchmarks {

    private static final int WORKLOAD = 1000;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Param("10000")
    public long tier;

    private Path directory;
    private ProfileIndex index;
    private ProfileBrowser sharedBrowser;
    private List<NewcomerProfile> newcomers;
    private List<BrowseQuery> searches;
    private int nextNewcomer;
    private int nextSearch;

    @Setup(Level.Trial)
    public void buildIndex() throws IOException {
        ProfileGenerator generator = new ProfileGenerator(ProfileGenerator.DEFAULT_SEED);
        directory = Files.createTempDirectory("buddy-jmh");
        index = ProfileIndex.open(directory);
        index.rebuild(LongStream.rangeClosed(1, tier).mapToObj(generator::volunteer)
                .map(GeneratedVolunteer::document), 0, done -> { });
        sharedBrowser = new ProfileBrowser(index);
        newcomers = Workload.newcomers(generator, 1, WORKLOAD);
        searches = Workload.searches(ProfileGenerator.DEFAULT_SEED, WORKLOAD);
    }

    @TearDown(Level.Trial)
    public void closeIndex() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A newcomer's ten suggestions with reasons, as core's SuggestionService asks for them. */
    @Benchmark
    public List<Suggestion> suggest() throws IOException {
        NewcomerProfile newcomer = newcomers.get(nextNewcomer++ % newcomers.size());
        return new Matcher(index).suggest(newcomer, Workload.RULES, MatchWeights.defaults(), Workload.SUGGESTIONS,
                DUTCH);
    }

    /** A search with three facets through a new browser per search, as core's SuggestionService does it. */
    @Benchmark
    public BrowseResult browse() throws IOException {
        return new ProfileBrowser(index).search(searches.get(nextSearch++ % searches.size()));
    }

    /** The same search through one long-lived browser, which keeps its facet state until the next refresh. */
    @Benchmark
    public BrowseResult browseSharedBrowser() throws IOException {
        return sharedBrowser.search(searches.get(nextSearch++ % searches.size()));
    }
}
