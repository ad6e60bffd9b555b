package be.buddytrajectories.core.people;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Follows the host's people changes every few seconds while the host runs, each time until it has caught up. */
@ApplicationScoped
class PeopleFeedSchedule {

    static final Duration POLL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(PeopleFeedSchedule.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-people-feed");
        thread.setDaemon(true);
        return thread;
    });

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, PeopleFeed feed) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                while (feed.follow() == PeopleFeed.BATCH) {
                    LOG.debug("following the host's people changes: a full batch read, reading on");
                }
            } catch (RuntimeException e) {
                // The host's directory may be down for a moment (a CRM database restarting): the next round retries.
                LOG.warn("cannot follow the host's people changes: {}", e.getMessage());
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
