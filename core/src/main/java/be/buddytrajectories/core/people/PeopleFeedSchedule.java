package be.buddytrajectories.core.people;

import be.buddytrajectories.core.schedule.Job;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the host's people changes every few seconds while a host runs, once across the hosts, each time until it
 * has caught up.
 */
@ApplicationScoped
class PeopleFeedSchedule {

    static final Duration POLL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(PeopleFeedSchedule.class);

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, ScheduledJobs jobs,
                     PeopleFeed feed) {
        jobs.schedule(new Job("people-feed", POLL, POLL), () -> {
            while (feed.follow() == PeopleFeed.BATCH) {
                LOG.debug("following the host's people changes: a full batch read, reading on");
            }
        });
    }
}
