package be.buddytrajectories.core.schedule;

import java.time.Duration;
import java.util.Objects;

/** A background job: its name (the key of its row), how long after a run's end it is due again, and after a host's first start. */
public record Job(String name, Duration every, Duration firstAfter) {

    /**
     * How long a run holds the job without renewing: its host renews every third of it, so only a host that died or
     * lost the database loses it. {@code buddy.jobs.lease.seconds} shortens it for tests that kill hosts.
     */
    static final Duration LEASE = Duration.ofSeconds(Long.getLong("buddy.jobs.lease.seconds", 60));

    public Job {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > JobRow.NAME_LENGTH) {
            throw new IllegalArgumentException("a job name has 1 to " + JobRow.NAME_LENGTH + " characters: " + name);
        }
        if (every.isNegative() || every.isZero() || firstAfter.isNegative()) {
            throw new IllegalArgumentException("a job's times are positive: " + name);
        }
    }

    /** How often a host asks whether the job is due: a fifth of its period, between one second and a minute. */
    Duration tick() {
        Duration fifth = every.dividedBy(5);
        if (fifth.compareTo(Duration.ofSeconds(1)) < 0) {
            return Duration.ofSeconds(1);
        }
        return fifth.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : fifth;
    }
}
