package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.data.ProfileGenerator;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.ProfileBrowser;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Coordinators at work while changes are timed: {@value #COORDINATORS} threads that each ask for suggestions and
 * search volunteers in turn, with {@value #THINK_MILLIS} ms between requests, until closed.
 */
final class CoordinatorLoad implements AutoCloseable {

    static final int COORDINATORS = 4;
    static final int THINK_MILLIS = 100;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong queries = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    private CoordinatorLoad() {
    }

    static CoordinatorLoad start(ProfileIndex index, ProfileGenerator generator, Options options) {
        CoordinatorLoad load = new CoordinatorLoad();
        List<NewcomerProfile> newcomers = Workload.newcomers(generator, 1, options.queries());
        List<BrowseQuery> searches = Workload.searches(options.seed(), options.queries());
        for (int c = 0; c < COORDINATORS; c++) {
            int first = c;
            Thread coordinator = new Thread(() -> load.work(index, newcomers, searches, first), "coordinator-" + c);
            coordinator.setDaemon(true);
            coordinator.start();
            load.threads.add(coordinator);
        }
        return load;
    }

    private void work(ProfileIndex index, List<NewcomerProfile> newcomers, List<BrowseQuery> searches, int first) {
        int i = first;
        while (running.get()) {
            try {
                if (i % 2 == 0) {
                    new Matcher(index).suggest(newcomers.get(i % newcomers.size()), Workload.RULES,
                            MatchWeights.defaults(), Workload.SUGGESTIONS, Locale.forLanguageTag("nl"));
                } else {
                    new ProfileBrowser(index).search(searches.get(i % searches.size()));
                }
            } catch (IOException e) {
                throw new IllegalStateException("a coordinator's search failed", e);
            }
            queries.incrementAndGet();
            i += COORDINATORS;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(THINK_MILLIS));
        }
    }

    long queries() {
        return queries.get();
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
