package be.buddytrajectories.core.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the retention job once a day while the host runs, first a few minutes after the start. */
@ApplicationScoped
class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-retention");
        thread.setDaemon(true);
        return thread;
    });

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, RetentionJob job) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int anonymised = job.runOnce();
                if (anonymised > 0) {
                    LOG.info(() -> "retention: anonymised " + anonymised + " closed duo(s)");
                }
            } catch (RuntimeException e) {
                // The next day tries again; a failed run must not stop the schedule.
                LOG.log(Level.WARNING, "retention job failed", e);
            }
        }, 5, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
