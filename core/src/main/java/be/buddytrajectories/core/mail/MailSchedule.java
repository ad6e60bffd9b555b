package be.buddytrajectories.core.mail;

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
 * While the host runs: the rounds that write mails every hour, the first a minute after the start (system property
 * {@code buddy.mail.rounds.first.seconds}), and the sender every 15 seconds ({@code buddy.mail.send.every.seconds}).
 * One thread, so that a round and a send never overlap.
 */
@ApplicationScoped
class MailSchedule {

    static final String SEND_EVERY_SETTING = "buddy.mail.send.every.seconds";
    static final String FIRST_ROUND_SETTING = "buddy.mail.rounds.first.seconds";
    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-mail");
        thread.setDaemon(true);
        return thread;
    });

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, MailRounds rounds,
                     MailSender sender) {
        long sendEvery = Long.getLong(SEND_EVERY_SETTING, 15);
        timer.scheduleWithFixedDelay(() -> safely("mail rounds", rounds::run), Long.getLong(FIRST_ROUND_SETTING, 60),
                TimeUnit.HOURS.toSeconds(1), TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> safely("mail sending", sender::sendDue), sendEvery, sendEvery,
                TimeUnit.SECONDS);
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.log(Level.WARNING, what + " failed", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
