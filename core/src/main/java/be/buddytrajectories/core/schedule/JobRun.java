package be.buddytrajectories.core.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code buddy_job_run}: one run of a job, written in the transaction that claimed it, so that a run whose
 * host died stays visible without an end.
 */
@Entity
@Table(name = "buddy_job_run")
class JobRun {

    private static final int HOST_LENGTH = 200;
    private static final int ERROR_LENGTH = 500;

    /** How a run ended. */
    enum Outcome { DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job", nullable = false, length = JobRow.NAME_LENGTH)
    private String job;

    /** The due time the run was for: each due time of a job ends in one DONE or FAILED run. */
    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Column(name = "runner", nullable = false, length = JobRow.HOLDER_LENGTH)
    private String runner;

    @Column(name = "host", nullable = false, length = HOST_LENGTH)
    private String host;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private Outcome outcome;

    @Column(name = "error", length = ERROR_LENGTH)
    private String error;

    protected JobRun() {
    }

    JobRun(String job, LocalDateTime dueAt, String runner, String host, LocalDateTime startedAt) {
        this.job = job;
        this.dueAt = dueAt;
        this.runner = runner;
        this.host = host.length() <= HOST_LENGTH ? host : host.substring(0, HOST_LENGTH);
        this.startedAt = startedAt;
    }

    long id() {
        return id;
    }

    void ended(LocalDateTime now, String failure) {
        this.endedAt = now;
        this.outcome = failure == null ? Outcome.DONE : Outcome.FAILED;
        this.error = failure == null || failure.length() <= ERROR_LENGTH ? failure : failure.substring(0, ERROR_LENGTH);
    }

    JobStatus status(JobRow row, LocalDateTime now) {
        return new JobStatus(job, row.dueAt(), row.runningHolder(now) != null, host, startedAt, endedAt,
                outcome == null ? null : outcome.name(), error, row.runs());
    }
}
