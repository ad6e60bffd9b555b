package be.buddytrajectories.core.checkin;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.validator.constraints.Range;

/** One planned conversation of the coordinator with a duo, and its short pulse once done. */
@Entity
@Table(name = "buddy_check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @NotNull
    @PlausibleDate
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by")
    private Long doneBy;

    @Range(min = Limits.MIN_PULSE, max = Limits.MAX_PULSE, message = "{buddy.checkIn.pulse.range}")
    @Column(name = "fit_pulse")
    private Integer fitPulse;

    @Column(name = "rhythm_ok")
    private Boolean rhythmOk;

    @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "concerns", length = Limits.TEXT_LENGTH)
    private String concerns;

    @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "note", length = Limits.TEXT_LENGTH)
    private String note;

    protected CheckIn() {
    }

    CheckIn(long trajectoryId, LocalDate dueOn) {
        this.trajectoryId = trajectoryId;
        this.dueOn = dueOn;
    }

    void markDone(LocalDate on, Long by, CheckInInput pulse) {
        if (doneOn != null) {
            throw new RuleViolationException("buddy.checkIn.alreadyDone", dueOn);
        }
        doneOn = on;
        doneBy = by;
        fitPulse = pulse.fitPulse();
        rhythmOk = pulse.rhythmOk();
        concerns = pulse.concerns();
        note = pulse.note();
    }

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public Optional<Long> doneBy() {
        return Optional.ofNullable(doneBy);
    }

    /** How well the duo fits, 1 (not at all) to 5 (very well). */
    public Optional<Integer> fitPulse() {
        return Optional.ofNullable(fitPulse);
    }

    public Optional<Boolean> rhythmOk() {
        return Optional.ofNullable(rhythmOk);
    }

    public Optional<String> concerns() {
        return Optional.ofNullable(concerns);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int MIN_PULSE = 1;
        public static final int MAX_PULSE = 5;
        public static final int TEXT_LENGTH = 1000;

        private Limits() {
        }
    }
}
