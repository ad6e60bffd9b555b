package be.buddytrajectories.core.crm;

import be.buddytrajectories.core.schedule.Job;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * While the host runs and writes anything back, once across the hosts: the writer every 10 seconds
 * ({@code buddy.crm.write.every.seconds}), on a thread of its own so that a slow CRM never holds up the mail or the
 * index. Each write is also claimed on its own (see {@link CrmWriter}).
 */
@ApplicationScoped
class CrmSchedule {

    static final String EVERY_SETTING = "buddy.crm.write.every.seconds";

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, ScheduledJobs jobs,
                     CrmWriteBack crm, CrmWriter writer) {
        if (crm.writes().isEmpty()) {
            return;
        }
        Duration every = Duration.ofSeconds(Long.getLong(EVERY_SETTING, 10));
        jobs.schedule(new Job("crm-write", every, Duration.ofSeconds(1)), writer::writeDue);
    }
}
