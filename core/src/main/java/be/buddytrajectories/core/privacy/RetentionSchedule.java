package be.buddytrajectories.core.privacy;

import be.buddytrajectories.core.schedule.Job;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the retention job once a day while a host runs, once across the hosts, first a few minutes after the first
 * start ({@code buddy.retention.every.seconds} for tests of whole hosts).
 */
@ApplicationScoped
class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, ScheduledJobs jobs,
                     RetentionJob job) {
        Duration every = Duration.ofSeconds(Long.getLong("buddy.retention.every.seconds", Duration.ofDays(1).toSeconds()));
        jobs.schedule(new Job("retention", every, Duration.ofMinutes(5).compareTo(every) < 0 ? Duration.ofMinutes(5)
                : every), () -> {
                    int anonymised = job.runOnce();
                    if (anonymised > 0) {
                        LOG.info(() -> "retention: anonymised " + anonymised + " closed duo(s)");
                    }
                });
    }
}
