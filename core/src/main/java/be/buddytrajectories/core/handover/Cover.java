package be.buddytrajectories.core.handover;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One coordinator is away from {@link #startsOn()} to {@link #endsOn()} (both inclusive) and another follows up his
 * duos meanwhile. The duos keep their coordinator: the cover only widens what the covering one sees. Ending it early
 * keeps the row, so that who covered when stays known.
 */
@Entity
@Table(name = "buddy_cover")
public class Cover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The host person id of the coordinator who is away. */
    @Column(name = "absent_coordinator", nullable = false)
    private long absentCoordinator;

    /** The host person id of the coordinator who covers. */
    @Column(name = "covering_coordinator", nullable = false)
    private long coveringCoordinator;

    @NotNull
    @PlausibleDate
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @PlausibleDate
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** The day it was ended early: from that day on it is no longer in force. */
    @PlausibleDate
    @Column(name = "ended_early_on")
    private LocalDate endedEarlyOn;

    @Column(name = "arranged_by")
    private Long arrangedBy;

    protected Cover() {
    }

    /**
     * @throws RuleViolationException when the period is reversed, too long or already over, or when a coordinator
     *                                would cover for himself
     */
    static Cover arrange(long absent, long covering, LocalDate startsOn, LocalDate endsOn, Long arrangedBy,
                         LocalDate today) {
        if (absent == covering) {
            throw new RuleViolationException("buddy.cover.self");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("buddy.cover.order", startsOn, endsOn);
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > Limits.MAX_DAYS) {
            throw new RuleViolationException("buddy.cover.tooLong", Limits.MAX_DAYS);
        }
        if (endsOn.isBefore(today)) {
            throw new RuleViolationException("buddy.cover.past", endsOn);
        }
        Cover cover = new Cover();
        cover.absentCoordinator = absent;
        cover.coveringCoordinator = covering;
        cover.startsOn = startsOn;
        cover.endsOn = endsOn;
        cover.arrangedBy = arrangedBy;
        return cover;
    }

    /**
     * The absent coordinator is back (or the cover is called off) on {@code today}: it is no longer in force from
     * today. A cover that has not begun yet never comes into force.
     *
     * @throws RuleViolationException when it was already ended or is over
     */
    void endEarly(LocalDate today) {
        if (endedEarlyOn != null || endsOn.isBefore(today)) {
            throw new RuleViolationException("buddy.cover.alreadyOver");
        }
        endedEarlyOn = today.isBefore(startsOn) ? startsOn : today;
    }

    /** Whether the covering coordinator sees the absent one's duos on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn) && (endedEarlyOn == null || day.isBefore(endedEarlyOn));
    }

    /** Whether it is in force on {@code day} or will be later. */
    public boolean currentOrComingOn(LocalDate day) {
        return !lastDay().isBefore(day) && !lastDay().isBefore(startsOn);
    }

    /** The last day it is (or was) in force; before {@link #startsOn()} when it was called off before it began. */
    public LocalDate lastDay() {
        return endedEarlyOn == null ? endsOn : endedEarlyOn.minusDays(1);
    }

    /** Whether the two periods share a day, ended-early days excluded. */
    boolean overlaps(LocalDate from, LocalDate until) {
        return !lastDay().isBefore(startsOn) && !from.isAfter(lastDay()) && !until.isBefore(startsOn);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long absentCoordinator() {
        return absentCoordinator;
    }

    public long coveringCoordinator() {
        return coveringCoordinator;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Optional<LocalDate> endedEarlyOn() {
        return Optional.ofNullable(endedEarlyOn);
    }

    public Optional<Long> arrangedBy() {
        return Optional.ofNullable(arrangedBy);
    }

    /** Bounds shared by the entity and the form. */
    public static final class Limits {
        /** A cover is for an absence, not a transfer: a longer one is a handover. */
        public static final int MAX_DAYS = 366;

        private Limits() {
        }
    }
}
