package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.schedule.Job;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * While the host runs, once across the hosts: the rounds that write mails every hour (system property
 * {@code buddy.mail.rounds.every.seconds}), the first a minute after the start, and the sender every 15 seconds
 * ({@code buddy.mail.send.every.seconds}).
 */
@ApplicationScoped
class MailSchedule {

    static final String SEND_EVERY_SETTING = "buddy.mail.send.every.seconds";
    static final String ROUNDS_EVERY_SETTING = "buddy.mail.rounds.every.seconds";

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, ScheduledJobs jobs,
                     MailRounds rounds, MailSender sender) {
        Duration sendEvery = Duration.ofSeconds(Long.getLong(SEND_EVERY_SETTING, 15));
        Duration roundsEvery = Duration.ofSeconds(Long.getLong(ROUNDS_EVERY_SETTING, Duration.ofHours(1).toSeconds()));
        jobs.schedule(new Job("mail-rounds", roundsEvery, min(Duration.ofMinutes(1), roundsEvery)), rounds::run);
        jobs.schedule(new Job("mail-send", sendEvery, sendEvery), sender::sendDue);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
