package be.buddytrajectories.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * A background job: its name (the key of its row), how long after a run's end it is due again, how long after a
 * host's first start, and its lease: how long a run may take before another host may think its host died.
 */
public record Job(String name, Duration every, Duration firstAfter, Duration lease) {

    /** Every lease in tests of whole hosts, which kill hosts and cannot wait minutes: {@code buddy.jobs.lease.seconds}. */
    private static final Long LEASE_SETTING = Long.getLong("buddy.jobs.lease.seconds");

    public Job {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > JobRow.NAME_LENGTH) {
            throw new IllegalArgumentException("a job name has 1 to " + JobRow.NAME_LENGTH + " characters: " + name);
        }
        if (every.isNegative() || every.isZero() || firstAfter.isNegative() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a job's times are positive: " + name);
        }
        if (LEASE_SETTING != null) {
            lease = Duration.ofSeconds(LEASE_SETTING);
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
