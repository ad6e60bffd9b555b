package be.buddytrajectories.core.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A row of {@code buddy_job}: when the job is next due and who holds its lease. Versioned: of two hosts that claim it
 * at once, one commits and the other's claim fails.
 */
@Entity
@Table(name = "buddy_job")
class JobRow {

    static final int NAME_LENGTH = 40;
    static final int HOLDER_LENGTH = 36;

    @Id
    @Column(name = "name", length = NAME_LENGTH)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** In UTC, as every time here. */
    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Column(name = "holder", length = HOLDER_LENGTH)
    private String holder;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "runs", nullable = false)
    private long runs;

    protected JobRow() {
    }

    JobRow(String name, LocalDateTime firstDue) {
        this.name = name;
        this.dueAt = firstDue;
    }

    /** Due, and not held by a run whose lease still runs. */
    boolean isDue(LocalDateTime now) {
        return !dueAt.isAfter(now) && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    /** This holder runs the job now; the due time it runs for stays until the run ends. */
    void claim(String runner, LocalDateTime now, Duration lease) {
        if (!isDue(now)) {
            throw new IllegalStateException("job " + name + " is not due or is held");
        }
        this.holder = runner;
        this.leaseUntil = now.plus(lease);
    }

    /** The holder's run goes on: its lease runs {@code lease} from now. */
    void renew(LocalDateTime now, Duration lease) {
        this.leaseUntil = now.plus(lease);
    }

    boolean isHeldBy(String runner) {
        return runner.equals(holder);
    }

    /** The run ended (well or not): the job is due again {@code every} later, and free. */
    void runEnded(LocalDateTime now, Duration every) {
        this.dueAt = now.plus(every);
        this.holder = null;
        this.leaseUntil = null;
        this.runs++;
    }

    LocalDateTime dueAt() {
        return dueAt;
    }

    String name() {
        return name;
    }

    /** The holder while its lease runs, or null. */
    String runningHolder(LocalDateTime now) {
        return leaseUntil != null && !leaseUntil.isBefore(now) ? holder : null;
    }

    long runs() {
        return runs;
    }
}
