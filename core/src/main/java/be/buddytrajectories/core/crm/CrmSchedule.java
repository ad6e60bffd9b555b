package be.buddytrajectories.core.crm;

import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the host runs and writes anything back: the writer every 10 seconds ({@code buddy.crm.write.every.seconds}),
 * on one thread of its own so that a slow CRM never holds up the mail or the index.
 */
@ApplicationScoped
class CrmSchedule {

    static final String EVERY_SETTING = "buddy.crm.write.every.seconds";
    private static final Logger LOG = Logger.getLogger(CrmSchedule.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-crm");
        thread.setDaemon(true);
        return thread;
    });

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, CrmWriteBack crm,
                     CrmWriter writer) {
        if (crm.writes().isEmpty()) {
            return;
        }
        long every = Long.getLong(EVERY_SETTING, 10);
        timer.scheduleWithFixedDelay(() -> {
            try {
                writer.writeDue();
            } catch (RuntimeException e) {
                // The next round tries again; a failure must not stop the schedule.
                LOG.log(Level.WARNING, "CRM write-back failed", e);
            }
        }, 1, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
