package be.buddytrajectories.core.outbox;

import java.time.Duration;

/**
 * How long an outbox row that failed waits before its next attempt, for every outbox that calls another system
 * (the mail server, the CRM): twice the previous pause, one minute at first, an hour at most, so that a system that
 * is down for an hour is tried about ten times and one that comes back is reached within the hour.
 */
public final class RetryPauses {

    public static final Duration LONGEST = Duration.ofHours(1);
    /** The first pause: a minute, or {@code buddy.retry.first.seconds} (fault tests of a whole host shorten it). */
    private static final Duration FIRST = Duration.ofSeconds(Long.getLong("buddy.retry.first.seconds", 60));

    private RetryPauses() {
    }

    /** The pause after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration after(int attempts) {
        Duration pause = FIRST.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 10));
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
